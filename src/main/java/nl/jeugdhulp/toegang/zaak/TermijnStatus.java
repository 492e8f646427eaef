package nl.jeugdhulp.toegang.zaak;

public enum TermijnStatus {
    LOPEND,
    GEHAALD,
    OVERSCHREDEN,
    /** The step does not happen in this zaak, e.g. the family said it does not want a verslag (004 art 6.2). */
    VERVALLEN,
    /**
     * The family's own term passed without its step: no bezwaar came within the bezwaartermijn (Awb 6:7). The
     * gemeente missed nothing, so nothing escalates.
     */
    VERSTREKEN,
    /**
     * The beslistermijn waits for the family's aanvulling (Awb 4:15 lid 1): it does not run, so it is neither at risk
     * nor overrun. It runs again, on a later last day, when the aanvulling comes or its date passes.
     */
    OPGESCHORT
}
