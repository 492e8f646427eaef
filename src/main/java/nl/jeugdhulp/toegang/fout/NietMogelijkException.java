package nl.jeugdhulp.toegang.fout;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The request is valid but the zaak is not in a state where it can be done (409). */
public class NietMogelijkException extends ErrorResponseException {

    public NietMogelijkException(String melding) {
        super(HttpStatus.CONFLICT, Probleem.van(HttpStatus.CONFLICT, "Niet mogelijk in deze fase", melding), null);
    }
}
