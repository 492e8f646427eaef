package nl.jeugdhulp.toegang.fout;

/** The request is valid but the zaak is not in a state where it can be done (409). */
public class NietMogelijkException extends RuntimeException {

    public NietMogelijkException(String melding) {
        super(melding);
    }
}
