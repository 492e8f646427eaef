package nl.jeugdhulp.toegang.fout;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The user may not do this for this gemeente: answered with 403 and the reason. */
public class GeenToegangException extends ErrorResponseException {

    public GeenToegangException(String melding) {
        super(HttpStatus.FORBIDDEN, Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", melding), null);
    }
}
