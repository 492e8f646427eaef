package nl.jeugdhulp.toegang.termijn;

/** The event a term counts from. */
public enum Startpunt {
    MELDING("melding"),
    GESPREK("gesprek"),
    AANVRAAG("aanvraag");

    private final String omschrijving;

    Startpunt(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
