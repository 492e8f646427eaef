package nl.jeugdhulp.toegang.fout;

import java.util.ArrayList;
import java.util.List;

/** Collects every offending field of a request, so the caller hears about all of them at once. */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Veldfout> fouten = new ArrayList<>();

    public OngeldigeInvoerException() {
        super("Ongeldige invoer");
    }

    public OngeldigeInvoerException veld(String veld, String melding) {
        fouten.add(new Veldfout(veld, melding));
        return this;
    }

    public void gooiAlsNodig() {
        if (!fouten.isEmpty()) {
            throw this;
        }
    }

    public List<Veldfout> fouten() {
        return List.copyOf(fouten);
    }

    public record Veldfout(String veld, String melding) {
    }
}
