package nl.jeugdhulp.toegang.zaak;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Embeddable;

/**
 * The decision on the aanvraag (004 art 9): what a toekenning grants — the voorziening, the result it aims at, how
 * it relates to other help and its period (art 9.2) — the PGB amount with its computation (art 9.3 c), a verdaging
 * of the decision (Awb 4:14) and the day it was sent. Empty until one of those is known.
 */
@Embeddable
public record Beschikking(String verdagingReden, String voorziening, String beoogdResultaat,
                          String samenhangendeVoorzieningen, LocalDate ingangsdatum, LocalDate einddatum,
                          BigDecimal pgbBedrag, String pgbBerekening, LocalDate verzonden) {

    static final Beschikking GEEN = new Beschikking(null, null, null, null, null, null, null, null, null);

    Beschikking verdaagd(String reden) {
        return new Beschikking(reden, voorziening, beoogdResultaat, samenhangendeVoorzieningen, ingangsdatum, einddatum,
                pgbBedrag, pgbBerekening, verzonden);
    }

    Beschikking toegekend(String wat, String resultaat, String samenhangend, Looptijd looptijd) {
        return new Beschikking(verdagingReden, wat, resultaat, samenhangend, looptijd.ingang(), looptijd.einde(),
                pgbBedrag, pgbBerekening, verzonden);
    }

    Beschikking pgb(BigDecimal bedrag, String berekening) {
        return new Beschikking(verdagingReden, voorziening, beoogdResultaat, samenhangendeVoorzieningen, ingangsdatum,
                einddatum, bedrag, berekening, verzonden);
    }

    Beschikking verzonden(LocalDate op) {
        return new Beschikking(verdagingReden, voorziening, beoogdResultaat, samenhangendeVoorzieningen, ingangsdatum,
                einddatum, pgbBedrag, pgbBerekening, op);
    }

    /** Of a toekenning: from the ingangsdatum up to and including the einddatum. */
    public Optional<Looptijd> looptijd() {
        return ingangsdatum == null || einddatum == null ? Optional.empty() : Optional.of(new Looptijd(ingangsdatum, einddatum));
    }

    public Optional<String> samenhangend() {
        return Optional.ofNullable(samenhangendeVoorzieningen);
    }

    public Optional<LocalDate> verzondenOp() {
        return Optional.ofNullable(verzonden);
    }
}
