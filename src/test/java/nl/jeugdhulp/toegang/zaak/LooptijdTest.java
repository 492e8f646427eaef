package nl.jeugdhulp.toegang.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The looptijd of a toekenning, up to and including the einddatum ("tot en met"), on concrete dates. */
class LooptijdTest {

    @ParameterizedTest(name = "{0} t/m {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-07 | 2027-06-06 | 6 maanden           | 6  | 182
            2026-12-07 | 2027-06-07 | 6 maanden en 1 dag  | 7  | 183
            2026-12-14 | 2027-06-13 | 6 maanden           | 6  | 182
            2027-03-01 | 2028-02-29 | 12 maanden          | 12 | 366
            2027-03-01 | 2028-03-01 | 12 maanden en 1 dag | 13 | 367
            2027-01-04 | 2028-01-03 | 12 maanden          | 12 | 365
            2027-01-04 | 2028-01-04 | 12 maanden en 1 dag | 13 | 366
            2028-02-29 | 2029-02-28 | 12 maanden          | 12 | 366
            2028-02-29 | 2029-03-01 | 12 maanden en 1 dag | 13 | 367
            2028-01-31 | 2028-02-29 | 1 maand             | 1  | 30
            2027-01-31 | 2027-02-28 | 1 maand             | 1  | 29
            2028-02-01 | 2028-02-29 | 1 maand             | 1  | 29
            2028-02-01 | 2028-02-28 | 28 dagen            | 1  | 28
            2027-01-01 | 2027-01-01 | 1 dag               | 1  | 1
            2026-12-14 | 2027-12-13 | 12 maanden          | 12 | 365
            2026-12-14 | 2028-06-14 | 18 maanden en 1 dag | 19 | 549
            """)
    void looptijd_inKalendermaandenTotEnMetDeEinddatum(LocalDate ingang, LocalDate einde, String omschrijving,
                                                       int maandenNaarBoven, long dagen) {
        var looptijd = new Looptijd(ingang, einde);
        assertThat(looptijd.omschrijving()).isEqualTo(omschrijving);
        assertThat(looptijd.maandenNaarBoven()).isEqualTo(maandenNaarBoven);
        assertThat(looptijd.dagen()).isEqualTo(dagen);
    }

    @Test
    void inHetDossier_vanEnTotEnMetMetDeDuur() {
        assertThat(new Looptijd(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 6, 6)))
                .hasToString("van 2026-12-07 tot en met 2027-06-06 (6 maanden)");
    }

    @Test
    void eindeVoorIngang_bestaatNiet() {
        assertThatThrownBy(() -> new Looptijd(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
