package nl.jeugdhulp.toegang.zaak;

import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A referral by a huisarts, jeugdarts or medisch specialist to a provider (Jeugdwet art 2.6 lid 1 g): the gemeente
 * does no onderzoek of its own when the provider is contracted (004 art 8.2).
 */
@Embeddable
public record Verwijzing(@Enumerated(EnumType.STRING) VerwijzerType verwijzerType, String verwijzerAgbCode,
                         String verwijzerNaam, String aanbiederAgbCode, String aanbiederNaam) {

    public boolean naarGecontracteerde(Set<String> gecontracteerdeAanbieders) {
        return gecontracteerdeAanbieders.contains(aanbiederAgbCode);
    }
}
