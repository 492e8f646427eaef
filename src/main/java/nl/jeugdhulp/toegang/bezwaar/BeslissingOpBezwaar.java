package nl.jeugdhulp.toegang.bezwaar;

/** The outcome of a bezwaar (Awb 7:11): the beschikking is reconsidered in full, or the bezwaar is not heard. */
public enum BeslissingOpBezwaar {
    /** The bezwaar is right: the beschikking is revoked and, where needed, replaced (Awb 7:11 lid 2). */
    GEGROND,
    /** The beschikking stands. */
    ONGEGROND,
    /** Not heard on its merits, e.g. filed late without an excuse (Awb 6:11) or not by an interested party. */
    NIET_ONTVANKELIJK
}
