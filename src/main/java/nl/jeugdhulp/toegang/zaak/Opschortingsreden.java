package nl.jeugdhulp.toegang.zaak;

/** Why the beslistermijn stops running for a while (Awb 4:15), with the article that allows it. */
public enum Opschortingsreden {
    /** The gemeente asked the family to complete the aanvraag (Awb 4:5) and set a date for it. */
    AANVULLING("aanvulling gevraagd", "Awb art 4:15 lid 1"),
    /** The applicant agreed in writing to the delay. */
    INSTEMMING("uitstel met schriftelijke instemming van de aanvrager", "Awb art 4:15 lid 2 onder a"),
    /** The delay is the applicant's doing, e.g. appointments the family cancelled. */
    VERTRAGING_AANVRAGER("vertraging die aan de aanvrager is toe te rekenen", "Awb art 4:15 lid 2 onder b");

    private final String omschrijving;
    private final String bron;

    Opschortingsreden(String omschrijving, String bron) {
        this.omschrijving = omschrijving;
        this.bron = bron;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String bron() {
        return bron;
    }
}
