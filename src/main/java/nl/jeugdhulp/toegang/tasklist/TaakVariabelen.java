package nl.jeugdhulp.toegang.tasklist;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * Task-local, for the form's header in Tasklist: shown while the task is open, never kept in the history.
 */
public final class TaakVariabelen {

    public static final Variabele<String> ZAAKNUMMER = Variabele.tekst("zaaknummer");
    public static final Variabele<String> JEUGDIGE = Variabele.tekst("jeugdige");
    public static final Variabele<String> TERMIJNEN_OVERZICHT = Variabele.tekst("termijnenOverzicht");

    /** The letters of the zaak so far, as markdown links for the form's header. */
    public static final Variabele<String> DOCUMENTEN = Variabele.tekst("documenten");

    private TaakVariabelen() {
    }
}
