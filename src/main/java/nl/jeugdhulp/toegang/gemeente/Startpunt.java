package nl.jeugdhulp.toegang.gemeente;

/** The event a term counts from. */
public enum Startpunt {
    MELDING("melding"),
    GESPREK("gesprek"),
    AANVRAAG("aanvraag"),
    /** The day the beschikking was sent (Awb 6:8 lid 1: the bezwaartermijn starts the day after). */
    BESCHIKKING("verzending beschikking"),
    /** The last day of the bezwaartermijn (Awb 7:10 lid 1), or the day a late bezwaar was received. */
    EINDE_BEZWAARTERMIJN("einde bezwaartermijn");

    private final String omschrijving;

    Startpunt(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
