package nl.jeugdhulp.toegang.zaak;

/** How the family signed the verslag (002 §2.3.4). */
public enum Verslagoordeel {
    VOOR_GEZIEN, AKKOORD
}
