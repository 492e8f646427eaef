package nl.jeugdhulp.toegang.fout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A problem+json answer with our title: one shape for the exceptions here, the handlers and the filters. */
public final class Probleem {

    private Probleem() {
    }

    public static ProblemDetail van(HttpStatus status, String titel, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(titel);
        return probleem;
    }
}
