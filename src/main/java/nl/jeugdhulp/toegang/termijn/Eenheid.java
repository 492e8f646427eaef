package nl.jeugdhulp.toegang.termijn;

public enum Eenheid {
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
