package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of the termijnbewaking: what Cockpit searches and filters on, and the escalation's own.
 */
public final class TermijnVariabelen {

    /** Set by the escalation; Cockpit filters on these. */
    public static final Variabele<Boolean> TERMIJN_OVERSCHREDEN = Variabele.vlag("termijnOverschreden");
    public static final Variabele<String> OVERSCHREDEN_TERMIJNEN = Variabele.tekst("overschredenTermijnen");

    /** Set every morning by TermijnSignalering; Cockpit searches on these to find cases at risk. */
    public static final Variabele<Boolean> TERMIJN_IN_GEVAAR = Variabele.vlag("termijnInGevaar");
    public static final Variabele<LocalDate> EERSTVOLGENDE_TERMIJN = Variabele.datum("eerstvolgendeTermijn");

    /** The escalation code of the caught escalation: the termijnsoort that ran out. */
    public static final Variabele<String> TERMIJNSOORT = Variabele.tekst("termijnsoort");

    /** Local to the escalation: false when the termijn was already closed (met, or no longer applicable). */
    public static final Variabele<Boolean> ESCALEREN = Variabele.vlag("escaleren");

    private TermijnVariabelen() {
    }
}
