package nl.jeugdhulp.toegang.verslag;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;
import nl.jeugdhulp.toegang.zaak.Verslagoordeel;

/**
 * The variables of the verslag and the family's response to it (004 art 6.3).
 */
public final class VerslagVariabelen {

    public static final Variabele<Verslagoordeel> VERSLAG_OORDEEL = Variabele.keuze("verslagOordeel", Verslagoordeel.class);

    /** Free text from the family: moved into the dossier when the step completes, never kept as a variable. */
    public static final Variabele<String> VERSLAG_OPMERKINGEN = Variabele.tekst("verslagOpmerkingen");

    /** What the family said about the onderzoek, written into the verslag itself (004 art 6.3). */
    public static final Variabele<String> OPMERKINGEN_FAMILIE = Variabele.tekst("opmerkingenFamilie");

    /** The form's confirmation that the verslag was given to the family: kept in the history as the user's statement. */
    public static final Variabele<Boolean> VERSLAG_VERSTREKT = Variabele.vlag("verslagVerstrekt");

    public static final VrijeTekst OPMERKINGEN_FAMILIE_TEKST = new VrijeTekst(OPMERKINGEN_FAMILIE, 2000);

    private VerslagVariabelen() {
    }
}
