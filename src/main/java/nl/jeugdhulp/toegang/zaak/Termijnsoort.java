package nl.jeugdhulp.toegang.zaak;

/**
 * The statutory deadlines of the routes (see the domain brief's tables of the routes and the regular sequence)
 * and of a bezwaar against the beschikking.
 */
public enum Termijnsoort {
    /** Crisis: the crisis service visits within hours (Kampen 002 §4.4.3.4). Only for an urgent melding. */
    CRISISBEZOEK(true),
    /** Crisis: the help after the temporary measure is clear within weeks (Kampen 002 §4.4.3.4). Only for an urgent melding. */
    VERVOLGHULP(true),
    /** Appointment for the gesprek made (Kampen 002 §2.3.1). */
    AFSPRAAK(false),
    /** Keukentafelgesprek held (Kampen 002 §2.3.2). */
    GESPREK(false),
    /** The family's window to hand in a familiegroepsplan (Kampen 002 §2.3.3). */
    FAMILIEGROEPSPLAN(false),
    /** Verslag given to the family (Kampen 002 §2.3.4; Stadskanaal 004 art 6.2). */
    VERSLAG(false),
    /** Beschikking sent (Kampen 002 §2.5; Awb 4:13 as fallback). */
    BESCHIKKING(false),
    /**
     * The family's term to object to the beschikking (Awb 6:7, 6:8). Shown on the zaak, never signalled or
     * escalated: the gemeente has nothing to do when it passes.
     */
    BEZWAARTERMIJN(false),
    /**
     * Beslissing op bezwaar (Awb 7:10). Kept on each {@code Bezwaar}, not on the zaak: a zaak can have several
     * bezwaren, each with its own term.
     */
    BESLISSING_OP_BEZWAAR(false);

    private final boolean alleenBijSpoed;

    Termijnsoort(boolean alleenBijSpoed) {
        this.alleenBijSpoed = alleenBijSpoed;
    }

    public boolean alleenBijSpoed() {
        return alleenBijSpoed;
    }

    /** Whether the gemeente must act before this term ends: only those are signalled in Cockpit. */
    public boolean wordtBewaakt() {
        return this != BEZWAARTERMIJN;
    }
}
