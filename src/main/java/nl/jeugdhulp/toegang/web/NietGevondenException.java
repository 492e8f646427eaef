package nl.jeugdhulp.toegang.web;

public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String melding) {
        super(melding);
    }
}
