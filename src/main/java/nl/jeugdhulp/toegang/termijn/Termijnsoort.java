package nl.jeugdhulp.toegang.termijn;

/** The statutory deadlines of the routes, see the domain brief's tables of the routes and the regular sequence. */
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
    BESCHIKKING(false);

    private final boolean alleenBijSpoed;

    Termijnsoort(boolean alleenBijSpoed) {
        this.alleenBijSpoed = alleenBijSpoed;
    }

    public boolean alleenBijSpoed() {
        return alleenBijSpoed;
    }
}
