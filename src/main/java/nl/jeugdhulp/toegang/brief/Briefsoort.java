package nl.jeugdhulp.toegang.brief;

/**
 * The letters the law asks for at the steps of the process, each with its template in
 * {@code src/main/resources/brieven/} and the title the PDF and the document list carry.
 */
public enum Briefsoort {
    /** Stadskanaal 004 art 3.2: receipt of the melding confirmed in writing. */
    ONTVANGSTBEVESTIGING("ontvangstbevestiging", "Bevestiging van uw melding"),
    /** Stadskanaal 004 art 4.2 and 5: the invitation to the gesprek, with what to bring. */
    UITNODIGING_GESPREK("uitnodiging-gesprek", "Uitnodiging voor een gesprek"),
    /** Stadskanaal 004 art 6; Kampen 002 §2.4: the verslag of the onderzoek, to sign. */
    VERSLAG("verslag", "Verslag van het onderzoek"),
    /** Awb 4:14: the decision comes later than the term. */
    VERDAGINGSBERICHT("verdagingsbericht", "Ons besluit komt later"),
    /** Awb 4:5 and 4:15 lid 1: what the aanvraag lacks, by when, and that the beslistermijn stands still meanwhile. */
    VERZOEK_OM_AANVULLING("verzoek-om-aanvulling", "Wij hebben meer gegevens van u nodig"),
    /** Awb 4:15: the beslistermijn stood still for a while; the new last day for the decision. */
    OPSCHORTINGSBERICHT("opschortingsbericht", "Nieuwe datum voor ons besluit"),
    /** Stadskanaal 004 art 9.2: jeugdhulp granted in kind. */
    BESCHIKKING_ZIN("beschikking-zin", "Besluit over uw aanvraag: u krijgt jeugdhulp"),
    /** Stadskanaal 004 art 9.3: jeugdhulp granted as a persoonsgebonden budget. */
    BESCHIKKING_PGB("beschikking-pgb", "Besluit over uw aanvraag: u krijgt een persoonsgebonden budget"),
    /** Awb 4:13 and 1:3: a refusal is a beschikking too, with its reasons. */
    BESCHIKKING_AFWIJZING("beschikking-afwijzing", "Besluit over uw aanvraag: u krijgt geen jeugdhulp van de gemeente"),
    /** Awb 4:18: the dwangsom for the late decision, its days and amount, or why none is owed (4:17 lid 6). */
    BESCHIKKING_DWANGSOM("beschikking-dwangsom", "Beschikking dwangsom: wij beslisten te laat"),
    /** Awb 2:3; Kampen 002 §2.1: the melding went to the gemeente where the parent with custody lives. */
    DOORZENDBERICHT("doorzendbericht", "Uw melding is doorgestuurd");

    private final String sjabloon;
    private final String titel;

    Briefsoort(String sjabloon, String titel) {
        this.sjabloon = sjabloon;
        this.titel = titel;
    }

    public String sjabloon() {
        return sjabloon;
    }

    public String titel() {
        return titel;
    }
}
