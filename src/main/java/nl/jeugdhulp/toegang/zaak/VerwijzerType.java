package nl.jeugdhulp.toegang.zaak;

/** Who may refer a child to jeugdhulp without the gemeente's own onderzoek (Jeugdwet art 2.6 lid 1 g; 004 art 8.2). */
public enum VerwijzerType {
    HUISARTS,
    JEUGDARTS,
    MEDISCH_SPECIALIST
}
