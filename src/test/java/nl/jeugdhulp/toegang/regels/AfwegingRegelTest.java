package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jeugdhulp.toegang.regels.Beslistabel.Uitkomst;

/**
 * processes/afweging.dmn: whether the jeugdige gets an individuele voorziening (Stadskanaal 004 art 8; Kampen
 * 002 §2.4.1 and §3). Gebruikelijke zorg excludes, a referral by an arts grants, and otherwise own strength,
 * algemene and andere voorzieningen come first, in that order.
 */
class AfwegingRegelTest {

    private static final List<String> INVOER = List.of("gebruikelijkeZorg", "verwijzingDoorArts",
            "eigenKrachtVoldoende", "algemeneVoorzieningVoldoende", "andereVoorzieningVoldoende");

    private static final Beslistabel TABEL = Beslistabel.laad("afweging.dmn", "afweging");

    /** A hulpvraag where only the named inputs are true. */
    private static Map<String, Object> hulpvraag(String... waar) {
        assertThat(INVOER).containsAll(Arrays.asList(waar));
        Map<String, Object> invoer = new LinkedHashMap<>();
        INVOER.forEach(naam -> invoer.put(naam, Arrays.asList(waar).contains(naam)));
        return invoer;
    }

    private void verwacht(Uitkomst uitkomst, String regel, boolean individueleVoorziening, String bron) {
        assertThat(uitkomst.regel()).isEqualTo(regel);
        assertThat(uitkomst.get("individueleVoorziening")).isEqualTo(individueleVoorziening);
        assertThat(uitkomst.motivering()).contains(bron);
    }

    /** Every combination with gebruikelijke zorg: nothing else, not even a referral, makes it a voorziening. */
    static List<Map<String, Object>> gebruikelijkeZorgMetElkeAndereInvoer() {
        return Beslistabel.alleCombinaties(INVOER).filter(invoer -> (Boolean) invoer.get("gebruikelijkeZorg")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gebruikelijkeZorgMetElkeAndereInvoer")
    void gebruikelijkeZorg_nooitEenIndividueleVoorziening_ookNietMetVerwijzing(Map<String, Object> invoer) {
        verwacht(TABEL.beslis(invoer), "Regel_GebruikelijkeZorg", false, "004 art 8.3");
    }

    @Test
    void gebruikelijkeZorg_motiveringNoemtOokKampen() {
        assertThat(TABEL.beslis(hulpvraag("gebruikelijkeZorg", "verwijzingDoorArts")).motivering()).contains("002 §3");
    }

    @Test
    void verwijzingDoorArts_geeftIndividueleVoorziening_zonderToetsOpEigenKrachtOfVoorliggendeVoorziening() {
        verwacht(TABEL.beslis(hulpvraag("verwijzingDoorArts", "eigenKrachtVoldoende", "algemeneVoorzieningVoldoende",
                "andereVoorzieningVoldoende")), "Regel_VerwijzingDoorArts", true, "004 art 8.2");
    }

    @Test
    void eigenKrachtVoldoende_geenIndividueleVoorziening_enGaatVoorAlgemeneVoorziening() {
        verwacht(TABEL.beslis(hulpvraag("eigenKrachtVoldoende", "algemeneVoorzieningVoldoende", "andereVoorzieningVoldoende")),
                "Regel_EigenKracht", false, "004 art 8.1 onder a");
    }

    @Test
    void algemeneVoorzieningVoldoende_geenIndividueleVoorziening_enGaatVoorAndereVoorziening() {
        verwacht(TABEL.beslis(hulpvraag("algemeneVoorzieningVoldoende", "andereVoorzieningVoldoende")),
                "Regel_AlgemeneVoorziening", false, "004 art 8.1 onder b");
    }

    @Test
    void andereVoorzieningVoldoende_geenIndividueleVoorziening() {
        verwacht(TABEL.beslis(hulpvraag("andereVoorzieningVoldoende")), "Regel_AndereVoorziening", false,
                "004 art 8.1 onder c");
    }

    @Test
    void geenOplossingViaEigenKrachtOfVoorziening_individueleVoorziening() {
        verwacht(TABEL.beslis(hulpvraag()), "Regel_GeenAndereOplossing", true, "004 art 8.1");
        assertThat(TABEL.beslis(hulpvraag()).motivering()).contains("002 §2.4.1");
    }

    /**
     * The table is UNIQUE (the order of the afweging is written in the cells, not in the order of the rows):
     * all 32 combinations give exactly one row, and every row answers at least one of them.
     */
    @Test
    void elkeCombinatie_preciesEenRegel_enGeenRegelOngebruikt() {
        assertThat(TABEL.tabel().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Set<String> gebruikt = new LinkedHashSet<>();
        List<Map<String, Object>> combinaties = Beslistabel.alleCombinaties(INVOER).toList();
        for (Map<String, Object> invoer : combinaties) {
            Uitkomst uitkomst = TABEL.beslis(invoer);
            assertThat(uitkomst.get("individueleVoorziening")).isIn(true, false);
            gebruikt.add(uitkomst.regel());
        }
        assertThat(combinaties).hasSize(32);
        assertThat(gebruikt).containsExactlyInAnyOrderElementsOf(TABEL.regels());
    }

    /** Whether it is gebruikelijke zorg is never assumed: without the answer the table gives none. */
    @Test
    void gebruikelijkeZorgNietVastgesteld_geenAntwoord() {
        Map<String, Object> invoer = hulpvraag("verwijzingDoorArts");
        invoer.remove("gebruikelijkeZorg");
        assertThat(TABEL.aantalAntwoorden(invoer)).isZero();
    }

    @Test
    void invoerkolommen_lezenDeAfgesprokenVariabelen() {
        assertThat(TABEL.invoer()).containsExactlyElementsOf(INVOER);
        assertThat(TABEL.uitvoer()).containsExactly("individueleVoorziening", "motivering");
    }
}
