package nl.jeugdhulp.toegang.bezwaar;

public enum BezwaarStatus {
    IN_BEHANDELING,
    BESLISSING_VERZONDEN
}
