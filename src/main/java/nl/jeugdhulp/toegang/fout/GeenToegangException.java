package nl.jeugdhulp.toegang.fout;

/** The user may not do this for this gemeente: answered with 403 and the reason. */
public class GeenToegangException extends RuntimeException {

    public GeenToegangException(String melding) {
        super(melding);
    }
}
