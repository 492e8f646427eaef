package nl.jeugdhulp.toegang.zaak;

/** Who reported the help question (004 art 3.1; 002 §2.2: the jeugdige, a parent or a third party). */
public enum MelderRol {
    JEUGDIGE, OUDER, DERDE
}
