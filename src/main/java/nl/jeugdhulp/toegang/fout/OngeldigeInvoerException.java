package nl.jeugdhulp.toegang.fout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Collects every offending field of a request, so the caller hears about all of them at once (400): each under
 * {@code fouten}, and together in the detail.
 */
public class OngeldigeInvoerException extends ErrorResponseException {

    private final List<Veldfout> fouten = new ArrayList<>();

    public OngeldigeInvoerException() {
        super(HttpStatus.BAD_REQUEST, Probleem.van(HttpStatus.BAD_REQUEST, "Ongeldige invoer", null), null);
    }

    public static OngeldigeInvoerException van(List<Veldfout> fouten) {
        var uitzondering = new OngeldigeInvoerException();
        fouten.forEach(fout -> uitzondering.veld(fout.veld(), fout.melding()));
        return uitzondering;
    }

    public OngeldigeInvoerException veld(String veld, String melding) {
        fouten.add(new Veldfout(veld, melding));
        ProblemDetail probleem = getBody();
        probleem.setDetail(fouten.stream().map(f -> f.veld() + ": " + f.melding()).collect(Collectors.joining("; ")));
        probleem.setProperty("fouten", List.copyOf(fouten));
        return this;
    }

    public void gooiAlsNodig() {
        if (!fouten.isEmpty()) {
            throw this;
        }
    }

    public record Veldfout(String veld, String melding) {
    }
}
