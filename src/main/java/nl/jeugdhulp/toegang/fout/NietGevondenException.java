package nl.jeugdhulp.toegang.fout;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What the request is about does not exist, or is not the user's to see (404). */
public class NietGevondenException extends ErrorResponseException {

    public NietGevondenException(String melding) {
        super(HttpStatus.NOT_FOUND, Probleem.van(HttpStatus.NOT_FOUND, "Niet gevonden", melding), null);
    }
}
