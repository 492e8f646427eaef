package nl.jeugdhulp.toegang.gemeente;

public enum Eenheid {
    /** Around the clock: a crisis does not wait for werkdagen, and the Atw only governs days, weeks and months. */
    UREN("uur", "uur"),
    WERKDAGEN("werkdag", "werkdagen"),
    DAGEN("dag", "dagen"),
    WEKEN("week", "weken");

    private final String enkelvoud;
    private final String omschrijving;

    Eenheid(String enkelvoud, String omschrijving) {
        this.enkelvoud = enkelvoud;
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** "7 werkdagen", "1 week": a number of this unit as a rule or a letter says it. */
    public String aantal(int aantal) {
        return aantal + " " + (aantal == 1 ? enkelvoud : omschrijving);
    }
}
