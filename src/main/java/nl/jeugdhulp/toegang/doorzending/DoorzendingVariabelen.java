package nl.jeugdhulp.toegang.doorzending;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of the woonplaats check and the forwarding to another gemeente (002 §2.1).
 */
public final class DoorzendingVariabelen {

    /** Woonplaatsbeginsel (002 §2.1): the consulent confirms the forwarding, and to which gemeente. */
    public static final Variabele<Boolean> DOORZENDEN = Variabele.vlag("doorzenden");
    public static final Variabele<String> DOORZENDEN_AAN = Variabele.tekst("doorzendenAan");

    private DoorzendingVariabelen() {
    }
}
