package nl.jeugdhulp.toegang.zaak;

/** Zorg in natura or a persoonsgebonden budget (004 art 9.1; 002 §2.5). */
public enum Voorzieningsvorm {
    ZIN,
    PGB
}
