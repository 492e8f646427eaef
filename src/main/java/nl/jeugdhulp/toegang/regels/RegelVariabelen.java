package nl.jeugdhulp.toegang.regels;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The outputs of the decision tables that route the besluitvorming.
 */
public final class RegelVariabelen {

    /** Outputs of the rules that route the besluitvorming. */
    public static final Variabele<Boolean> AANVRAAG_IN_BEHANDELING = Variabele.vlag("aanvraagInBehandeling");
    public static final Variabele<Boolean> INDIVIDUELE_VOORZIENING = Variabele.vlag("individueleVoorziening");
    public static final Variabele<Boolean> PGB_TOEGESTAAN = Variabele.vlag("pgbToegestaan");
    public static final Variabele<Boolean> TEAMLEIDER_AKKOORD_NODIG = Variabele.vlag("teamleiderAkkoordNodig");

    private RegelVariabelen() {
    }
}
