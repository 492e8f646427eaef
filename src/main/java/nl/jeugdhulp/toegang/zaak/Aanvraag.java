package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The aanvraag for a voorziening (Awb 4:1; 002 §2.4) and how it was judged: whether an individuele voorziening is
 * needed (004 art 8) and in which form, in kind or as a PGB. Empty until the aanvraag is received.
 *
 * @param datum the day the aanvraag was received; the beslistermijn counts from it (004 art 7)
 */
@Embeddable
public record Aanvraag(LocalDate datum, Boolean individueleVoorziening,
                       @Enumerated(EnumType.STRING) Voorzieningsvorm voorzieningsvorm) {

    static final Aanvraag GEEN = new Aanvraag(null, null, null);

    Aanvraag ontvangen(LocalDate op) {
        return new Aanvraag(op, individueleVoorziening, voorzieningsvorm);
    }

    /** A refusal has no form; a toekenning always has one. */
    Aanvraag beoordeeld(boolean voorzieningNodig, Voorzieningsvorm vorm) {
        if (voorzieningNodig == (vorm == null)) {
            throw new IllegalArgumentException("Een toekenning heeft een vorm, een afwijzing niet");
        }
        return new Aanvraag(datum, voorzieningNodig, vorm);
    }

    public boolean toegekend() {
        return Boolean.TRUE.equals(individueleVoorziening);
    }
}
