package nl.jeugdhulp.toegang.zaak;

/** The access routes of Dalfsen 001 §2.6 and Kampen 002 §2.1, decided per melding by processes/toegangsroute.dmn. */
public enum Route {
    REGULIER,
    /** Crisis: a temporary measure at once (004 art 3.3; 002 §4.4.3.4). */
    SPOED,
    /** The parent with custody lives in another gemeente: forward the melding (002 §2.1; Awb 2:3). */
    DOORZENDEN,
    /** Referral by huisarts, jeugdarts or medisch specialist (004 art 8.2; 000). */
    VERWIJZING,
    /** A gecertificeerde instelling decides the help under a child-protection measure (001 §2.6; 002 §6.5). */
    GEDWONGEN_KADER
}
