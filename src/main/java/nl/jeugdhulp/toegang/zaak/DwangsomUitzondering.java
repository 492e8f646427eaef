package nl.jeugdhulp.toegang.zaak;

/** Why no dwangsom is owed although the decision came late (Awb 4:17 lid 6). */
public enum DwangsomUitzondering {
    KENNELIJK_NIET_ONTVANKELIJK("de aanvraag is kennelijk niet-ontvankelijk"),
    KENNELIJK_ONGEGROND("de aanvraag is kennelijk ongegrond");

    private final String omschrijving;

    DwangsomUitzondering(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
