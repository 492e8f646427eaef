package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.jeugdhulp.toegang.regels.Beslistabel.Uitkomst;

/**
 * processes/vier-ogen.dmn: a team leader looks along before a toekenning with large financial consequences or a
 * long commitment goes out (Dalfsen 001 §4). The limits (€ 10.000, 12 months) are the default policy.
 */
class VierOgenRegelTest {

    private static final Beslistabel TABEL = Beslistabel.laad("vier-ogen.dmn", "vierOgen");

    @ParameterizedTest(name = "toekenning={0}, bedrag={1}, maanden={2} -> {3}")
    @CsvSource({
            "false, 50000.00, 60, Regel_Afwijzing, false",
            "true, 10000.01, 6, Regel_HoogBedrag, true",
            "true, 10000.00, 12, Regel_Gewoon, false",
            "true, 0.00, 13, Regel_LangeDuur, true",
            "true, 20000.00, 24, Regel_HoogBedrag, true",
            "true, 9999.99, 12, Regel_Gewoon, false"})
    void grensbedragEnGrensduur(boolean toekenning, double bedrag, int maanden, String regel, boolean akkoordNodig) {
        Uitkomst uitkomst = TABEL.beslis(Map.of("gemeente", "kampen", "toekenning", toekenning, "pgbBedragEuro", bedrag,
                "duurMaanden", maanden));
        assertThat(uitkomst.regel()).isEqualTo(regel);
        assertThat(uitkomst.get("teamleiderAkkoordNodig")).isEqualTo(akkoordNodig);
        assertThat(uitkomst.motivering()).contains("001 §4");
    }
}
