package nl.jeugdhulp.toegang.fout;

public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String melding) {
        super(melding);
    }
}
