package nl.jeugdhulp.toegang.zaak;

public enum TermijnStatus {
    LOPEND,
    GEHAALD,
    OVERSCHREDEN,
    /** The step does not happen in this zaak, e.g. the family said it does not want a verslag (004 art 6.2). */
    VERVALLEN
}
