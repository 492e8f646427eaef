package nl.jeugdhulp.toegang.verwerking;

/** What a user did with a dossier. */
public enum Handeling {
    INZIEN,
    VASTLEGGEN
}
