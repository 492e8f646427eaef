package nl.jeugdhulp.toegang.spoed;

/** What the gemeente does at once in a crisis (004 art 3.3; 002 §4.4.3.4). */
public enum TijdelijkeMaatregel {
    /** The crisis service visited the family and arranged the acute help. */
    CRISISBEZOEK,
    CRISISOPVANG,
    CRISISPLEEGZORG,
    /** A request to the court for a machtiging gesloten jeugdhulp (004 art 3.3; Jeugdwet hoofdstuk 6). */
    MACHTIGING_GESLOTEN_JEUGDHULP
}
