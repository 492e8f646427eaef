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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jeugdhulp.toegang.regels.Beslistabel.Uitkomst;

/**
 * processes/instemming.dmn: whose consent an aanvraag needs, by age and capacity, and whether it is taken in
 * behandeling (Stadskanaal 004 art 6.4-6.6; Kampen 002 §4.3.1 for 18 to 23). Every row has its own test,
 * the age limits 12, 16, 18 and 23 are tested on both sides, and one test runs every combination.
 */
class InstemmingRegelTest {

    private static final List<String> VLAGGEN = List.of("wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn",
            "ernstigNadeelDreigt", "jeugdigeBlijftWensen", "voortzetting");

    private static final Beslistabel TABEL = Beslistabel.laad("instemming.dmn", "instemming");

    /** An aanvraag at the given age where only the named flags are true. */
    private static Map<String, Object> aanvraag(int leeftijd, String... waar) {
        assertThat(VLAGGEN).containsAll(Arrays.asList(waar));
        Map<String, Object> invoer = new LinkedHashMap<>();
        invoer.put("leeftijd", leeftijd);
        VLAGGEN.forEach(vlag -> invoer.put(vlag, Arrays.asList(waar).contains(vlag)));
        return invoer;
    }

    private void verwacht(Uitkomst uitkomst, String regel, String instemmingVan, boolean inBehandeling, String bron) {
        assertThat(uitkomst.regel()).isEqualTo(regel);
        assertThat(uitkomst.get("instemmingVan")).isEqualTo(instemmingVan);
        assertThat(uitkomst.get("aanvraagInBehandeling")).isEqualTo(inBehandeling);
        assertThat(uitkomst.motivering()).contains(bron);
    }

    @Test
    void onder12_vertegenwoordigerStemtIn_aanvraagInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(11, "vertegenwoordigerStemtIn")),
                "Regel_Onder12_VertegenwoordigerStemtIn", "VERTEGENWOORDIGER", true, "004 art 6.5 onder a");
    }

    @Test
    void onder12_vertegenwoordigerWeigert_nietInBehandeling_ookAlsJeugdigeWilEnErnstigNadeelDreigt() {
        verwacht(TABEL.beslis(aanvraag(0, "wilsbekwaam", "jeugdigeStemtIn", "ernstigNadeelDreigt", "jeugdigeBlijftWensen")),
                "Regel_Onder12_VertegenwoordigerWeigert", "VERTEGENWOORDIGER", false, "004 art 6.5 onder a");
    }

    @ParameterizedTest(name = "{0} jaar, niet wilsbekwaam: de vertegenwoordiger beslist")
    @ValueSource(ints = {12, 15, 16, 17})
    void vanaf12NietWilsbekwaam_vertegenwoordigerStemtIn_aanvraagInBehandeling(int leeftijd) {
        verwacht(TABEL.beslis(aanvraag(leeftijd, "vertegenwoordigerStemtIn")),
                "Regel_12Tot18NietWilsbekwaam_VertegenwoordigerStemtIn", "VERTEGENWOORDIGER", true, "004 art 6.5 onder b");
    }

    @ParameterizedTest(name = "{0} jaar, niet wilsbekwaam: nee van de vertegenwoordiger telt, ook bij ernstig nadeel")
    @ValueSource(ints = {12, 15, 16, 17})
    void vanaf12NietWilsbekwaam_vertegenwoordigerWeigert_nietInBehandeling(int leeftijd) {
        verwacht(TABEL.beslis(aanvraag(leeftijd, "jeugdigeStemtIn", "ernstigNadeelDreigt", "jeugdigeBlijftWensen")),
                "Regel_12Tot18NietWilsbekwaam_VertegenwoordigerWeigert", "VERTEGENWOORDIGER", false, "004 art 6.5 onder b");
    }

    @Test
    void twaalfTot16Wilsbekwaam_beidenStemmenIn_aanvraagInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(14, "wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn")),
                "Regel_12Tot16_BeidenStemmenIn", "JEUGDIGE_EN_VERTEGENWOORDIGER", true, "004 art 6.6");
    }

    @Test
    void twaalfTot16Wilsbekwaam_jeugdigeWeigert_nietInBehandeling_ookAlsVertegenwoordigerInstemt() {
        verwacht(TABEL.beslis(aanvraag(13, "wilsbekwaam", "vertegenwoordigerStemtIn", "ernstigNadeelDreigt")),
                "Regel_12Tot16_JeugdigeWeigert", "JEUGDIGE_EN_VERTEGENWOORDIGER", false, "004 art 6.6");
    }

    @Test
    void twaalfTot16_vertegenwoordigerWeigert_ernstigNadeelEnJeugdigeBlijftWensen_tochInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(15, "wilsbekwaam", "jeugdigeStemtIn", "ernstigNadeelDreigt", "jeugdigeBlijftWensen")),
                "Regel_12Tot16_ErnstigNadeelJeugdigeBlijftWensen", "JEUGDIGE_EN_VERTEGENWOORDIGER", true, "004 art 6.6");
    }

    @Test
    void twaalfTot16_vertegenwoordigerWeigert_geenErnstigNadeel_nietInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(12, "wilsbekwaam", "jeugdigeStemtIn", "jeugdigeBlijftWensen")),
                "Regel_12Tot16_VertegenwoordigerWeigertGeenErnstigNadeel", "JEUGDIGE_EN_VERTEGENWOORDIGER", false,
                "004 art 6.6");
    }

    @Test
    void twaalfTot16_vertegenwoordigerWeigert_jeugdigeBlijftHulpNietWensen_nietInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(12, "wilsbekwaam", "jeugdigeStemtIn", "ernstigNadeelDreigt")),
                "Regel_12Tot16_VertegenwoordigerWeigertJeugdigeZietAf", "JEUGDIGE_EN_VERTEGENWOORDIGER", false,
                "004 art 6.6");
    }

    @Test
    void zestienEnZeventien_jeugdigeStemtIn_inBehandeling_zonderInstemmingVertegenwoordiger() {
        verwacht(TABEL.beslis(aanvraag(16, "wilsbekwaam", "jeugdigeStemtIn")),
                "Regel_16Tot18_JeugdigeStemtIn", "JEUGDIGE", true, "004 art 6.4 en 6.6");
    }

    @Test
    void zestienEnZeventien_jeugdigeWeigert_nietInBehandeling_ookAlsVertegenwoordigerInstemt() {
        verwacht(TABEL.beslis(aanvraag(17, "wilsbekwaam", "vertegenwoordigerStemtIn", "ernstigNadeelDreigt")),
                "Regel_16Tot18_JeugdigeWeigert", "JEUGDIGE", false, "004 art 6.4 en 6.6");
    }

    @Test
    void achttienTot23_voortzetting_jongvolwasseneStemtIn_inBehandeling() {
        verwacht(TABEL.beslis(aanvraag(20, "jeugdigeStemtIn", "voortzetting")),
                "Regel_18Tot23Voortzetting_JongvolwasseneStemtIn", "JEUGDIGE", true, "002 §4.3.1");
    }

    @Test
    void achttienTot23_voortzetting_jongvolwasseneWeigert_nietInBehandeling() {
        verwacht(TABEL.beslis(aanvraag(19, "wilsbekwaam", "vertegenwoordigerStemtIn", "voortzetting")),
                "Regel_18Tot23Voortzetting_JongvolwasseneWeigert", "JEUGDIGE", false, "002 §4.3.1");
    }

    @Test
    void achttienTot23_zonderVoortzetting_geenJeugdhulp() {
        verwacht(TABEL.beslis(aanvraag(21, "wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn")),
                "Regel_18Tot23_GeenVoortzetting", "GEEN", false, "002 §4.3.1");
    }

    @Test
    void vanaf23_geenJeugdhulp_ookAlsVoortzetting() {
        verwacht(TABEL.beslis(aanvraag(25, "wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn", "voortzetting")),
                "Regel_Vanaf23_GeenJeugdhulp", "GEEN", false, "002 §4.3.1");
    }

    /** Both sides of every age limit, with everybody consenting, wilsbekwaam, and with or without voortzetting. */
    @ParameterizedTest(name = "{0} jaar, voortzetting {1}: {3}, in behandeling {4}")
    @CsvSource({
            "11, false, Regel_Onder12_VertegenwoordigerStemtIn,            VERTEGENWOORDIGER,             true",
            "12, false, Regel_12Tot16_BeidenStemmenIn,                     JEUGDIGE_EN_VERTEGENWOORDIGER, true",
            "15, false, Regel_12Tot16_BeidenStemmenIn,                     JEUGDIGE_EN_VERTEGENWOORDIGER, true",
            "16, false, Regel_16Tot18_JeugdigeStemtIn,                     JEUGDIGE,                      true",
            "17, false, Regel_16Tot18_JeugdigeStemtIn,                     JEUGDIGE,                      true",
            "18, false, Regel_18Tot23_GeenVoortzetting,                    GEEN,                          false",
            "18, true,  Regel_18Tot23Voortzetting_JongvolwasseneStemtIn,   JEUGDIGE,                      true",
            "22, true,  Regel_18Tot23Voortzetting_JongvolwasseneStemtIn,   JEUGDIGE,                      true",
            "23, true,  Regel_Vanaf23_GeenJeugdhulp,                       GEEN,                          false",
    })
    void leeftijdsgrenzen_12_16_18_23(int leeftijd, boolean voortzetting, String regel, String instemmingVan,
                                      boolean inBehandeling) {
        Map<String, Object> invoer = aanvraag(leeftijd, "wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn");
        invoer.put("voortzetting", voortzetting);
        Uitkomst uitkomst = TABEL.beslis(invoer);
        assertThat(uitkomst.regel()).isEqualTo(regel);
        assertThat(uitkomst.get("instemmingVan")).isEqualTo(instemmingVan);
        assertThat(uitkomst.get("aanvraagInBehandeling")).isEqualTo(inBehandeling);
    }

    /**
     * The table is UNIQUE: the engine refuses an answer when two rows match, and {@link Beslistabel#beslis}
     * fails when none does. So running every age from 0 to 25 with every combination of the six flags proves
     * the rows neither overlap nor leave a gap, and collecting the rows that answered proves none is dead.
     */
    @Test
    void elkeLeeftijdEnElkeCombinatie_preciesEenRegel_enGeenRegelOngebruikt() {
        assertThat(TABEL.tabel().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Set<String> gebruikt = new LinkedHashSet<>();
        int evaluaties = 0;
        for (int leeftijd = 0; leeftijd <= 25; leeftijd++) {
            for (Map<String, Object> vlaggen : Beslistabel.alleCombinaties(VLAGGEN).toList()) {
                Map<String, Object> invoer = new LinkedHashMap<>(vlaggen);
                invoer.put("leeftijd", leeftijd);
                Uitkomst uitkomst = TABEL.beslis(invoer);
                assertThat(uitkomst.get("instemmingVan"))
                        .isIn("VERTEGENWOORDIGER", "JEUGDIGE_EN_VERTEGENWOORDIGER", "JEUGDIGE", "GEEN");
                assertThat(uitkomst.get("aanvraagInBehandeling")).isIn(true, false);
                gebruikt.add(uitkomst.regel());
                evaluaties++;
            }
        }
        assertThat(evaluaties).isEqualTo(26 * 64);
        assertThat(gebruikt).containsExactlyInAnyOrderElementsOf(TABEL.regels());
    }

    /**
     * Consent is never assumed: when the process did not record it the table gives no answer at all (the
     * businessRuleTask then maps null), rather than a motivering that says somebody consented or refused.
     */
    @Test
    void instemmingNietVastgelegd_geenAntwoord() {
        Map<String, Object> invoer = aanvraag(10);
        invoer.remove("vertegenwoordigerStemtIn");
        assertThat(TABEL.aantalAntwoorden(invoer)).isZero();
        Map<String, Object> zonderLeeftijd = aanvraag(14, "wilsbekwaam", "jeugdigeStemtIn", "vertegenwoordigerStemtIn");
        zonderLeeftijd.remove("leeftijd");
        assertThat(TABEL.aantalAntwoorden(zonderLeeftijd)).isZero();
    }

    @Test
    void invoerkolommen_lezenDeAfgesprokenVariabelen() {
        assertThat(TABEL.invoer()).containsExactly("leeftijd", "wilsbekwaam", "jeugdigeStemtIn",
                "vertegenwoordigerStemtIn", "ernstigNadeelDreigt", "jeugdigeBlijftWensen", "voortzetting");
        assertThat(TABEL.uitvoer()).containsExactly("instemmingVan", "aanvraagInBehandeling", "motivering");
    }
}
