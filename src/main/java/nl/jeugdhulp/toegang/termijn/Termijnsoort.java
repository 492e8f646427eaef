package nl.jeugdhulp.toegang.termijn;

/** The statutory deadlines of the regular route, see the domain brief's table of the regular sequence. */
public enum Termijnsoort {
    /** Appointment for the gesprek made (Kampen 002 §2.3.1). */
    AFSPRAAK,
    /** Keukentafelgesprek held (Kampen 002 §2.3.2). */
    GESPREK,
    /** The family's window to hand in a familiegroepsplan (Kampen 002 §2.3.3). */
    FAMILIEGROEPSPLAN,
    /** Verslag given to the family (Kampen 002 §2.3.4; Stadskanaal 004 art 6.2). */
    VERSLAG,
    /** Beschikking sent (Kampen 002 §2.5; Awb 4:13 as fallback). */
    BESCHIKKING
}
