package nl.jeugdhulp.toegang.verwerking;

/** What a user did with a dossier. */
public enum Handeling {
    INZIEN,
    VASTLEGGEN,
    /** The dossier was destroyed at the end of its bewaartermijn (by the application). */
    VERNIETIGEN
}
