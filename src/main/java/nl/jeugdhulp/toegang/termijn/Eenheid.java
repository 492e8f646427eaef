package nl.jeugdhulp.toegang.termijn;

public enum Eenheid {
    /** Around the clock: a crisis does not wait for werkdagen, and the Atw only governs days, weeks and months. */
    UREN("uur"),
    WERKDAGEN("werkdagen"),
    DAGEN("dagen"),
    WEKEN("weken");

    private final String omschrijving;

    Eenheid(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
