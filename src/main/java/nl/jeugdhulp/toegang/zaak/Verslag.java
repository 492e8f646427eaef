package nl.jeugdhulp.toegang.zaak;

import java.util.Optional;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The verslag of the onderzoek as the family signed it (Kampen 002 §2.3.4; 004 art 6): their judgement, their
 * remarks on signing, and what they said when it was written (art 6.3). The outcomes per topic are kept by the
 * zaak in their own table ({@link Zaak#getVerslagUitkomsten()}): Hibernate loads an embedded value with no column
 * set as absent, and would lose a collection held inside it.
 */
@Embeddable
public record Verslag(@Enumerated(EnumType.STRING) Verslagoordeel oordeel, String opmerkingen, String opmerkingenFamilie) {

    static final Verslag GEEN = new Verslag(null, null, null);

    Verslag opgesteld(String familie) {
        return new Verslag(oordeel, opmerkingen, familie);
    }

    Verslag ondertekend(Verslagoordeel door, String metOpmerkingen) {
        return new Verslag(door, metOpmerkingen, opmerkingenFamilie);
    }

    public Optional<String> familie() {
        return Optional.ofNullable(opmerkingenFamilie);
    }
}
