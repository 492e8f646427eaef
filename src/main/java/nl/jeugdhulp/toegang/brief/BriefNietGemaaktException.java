package nl.jeugdhulp.toegang.brief;

/** A letter could not be made; its message is what Cockpit shows on the incident. */
public class BriefNietGemaaktException extends RuntimeException {

    BriefNietGemaaktException(String bericht, Throwable oorzaak) {
        super(bericht, oorzaak);
    }
}
