package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jeugdhulp.toegang.regels.Beslistabel.Uitkomst;

/**
 * processes/pgb-toets.dmn: whether a persoonsgebonden budget is allowed (Kampen 002 §6.1-6.5; Stadskanaal 004
 * art 11 for help from the sociaal netwerk; Jeugdwet 8.1.1). A FIRST table: exclusions, then refusal grounds,
 * then conditions, then the network's requirements, then yes. Each case starts from an aanvraag that meets
 * everything and changes one input, so the test proves that one input alone decides.
 */
class PgbToetsRegelTest {

    private static final Beslistabel TABEL = Beslistabel.laad("pgb-toets.dmn", "pgbToets");

    /** An aanvraag without exclusion or refusal ground, meeting every condition, without help from the netwerk. */
    private static Map<String, Object> aanvraag() {
        Map<String, Object> invoer = new LinkedHashMap<>();
        for (String uitsluitingOfWeigering : List.of("spoed", "kinderbeschermingsmaatregel", "jeugdreclassering",
                "geslotenAccommodatie", "onjuisteGegevens", "eerderNietBesteedOfMisbruikt", "eerderFraude",
                "verslavingsproblematiek", "schuldenproblematiek")) {
            invoer.put(uitsluitingOfWeigering, false);
        }
        for (String voorwaarde : List.of("beheerbaar", "motivatieZinPastNiet", "kwaliteitGewaarborgd", "pgbPlanCompleet")) {
            invoer.put(voorwaarde, true);
        }
        invoer.put("sociaalNetwerk", false);
        for (String netwerkeis : List.of("zwareBeperking", "nodigVoorFunctionerenInGezin", "helperOuderDan21",
                "geenOverbelasting", "noodzaakNetwerk", "vogZonderBezwaar")) {
            invoer.put(netwerkeis, true);
        }
        return invoer;
    }

    private static Map<String, Object> aanvraagMet(String naam, boolean waarde) {
        Map<String, Object> invoer = aanvraag();
        assertThat(invoer).containsKey(naam);
        invoer.put(naam, waarde);
        return invoer;
    }

    private static Map<String, Object> netwerkhulpMet(String naam, boolean waarde) {
        Map<String, Object> invoer = aanvraagMet(naam, waarde);
        invoer.put("sociaalNetwerk", true);
        return invoer;
    }

    private void verwacht(Uitkomst uitkomst, String regel, boolean toegestaan, String bron) {
        assertThat(uitkomst.regel()).isEqualTo(regel);
        assertThat(uitkomst.get("pgbToegestaan")).isEqualTo(toegestaan);
        assertThat(uitkomst.motivering()).contains(bron);
    }

    @Test
    void zonderUitsluitingOfWeigeringsgrond_enAlleVoorwaardenVervuld_pgbToegestaan() {
        verwacht(TABEL.beslis(aanvraag()), "Regel_Toegestaan", true, "Jeugdwet 8.1.1");
        assertThat(TABEL.beslis(aanvraag()).motivering()).contains("002 §6.1-6.5");
    }

    @ParameterizedTest(name = "uitsluiting {0}: geen PGB")
    @CsvSource({
            "spoed,                       Regel_Spoed",
            "kinderbeschermingsmaatregel, Regel_Kinderbeschermingsmaatregel",
            "jeugdreclassering,           Regel_Jeugdreclassering",
            "geslotenAccommodatie,        Regel_GeslotenAccommodatie",
    })
    void uitsluiting_geenPgb(String uitsluiting, String regel) {
        verwacht(TABEL.beslis(aanvraagMet(uitsluiting, true)), regel, false, "002 §6.5");
    }

    @ParameterizedTest(name = "weigeringsgrond {0}: geen PGB ({2})")
    @CsvSource({
            "onjuisteGegevens,             Regel_OnjuisteGegevens,             002 §6.5 onder 1",
            "eerderNietBesteedOfMisbruikt, Regel_EerderNietBesteedOfMisbruikt, 002 §6.5 onder 3",
            "eerderFraude,                 Regel_EerderFraude,                 002 §6.5",
            "verslavingsproblematiek,      Regel_Verslavingsproblematiek,      002 §6.5",
            "schuldenproblematiek,         Regel_Schuldenproblematiek,         002 §6.5",
    })
    void weigeringsgrond_geenPgb(String weigeringsgrond, String regel, String bron) {
        verwacht(TABEL.beslis(aanvraagMet(weigeringsgrond, true)), regel, false, bron);
    }

    @ParameterizedTest(name = "voorwaarde {0} niet vervuld: geen PGB ({2})")
    @CsvSource({
            "beheerbaar,           Regel_NietBeheerbaar,           002 §6.2",
            "motivatieZinPastNiet, Regel_GeenMotivatie,            002 §6.3",
            "kwaliteitGewaarborgd, Regel_KwaliteitNietGewaarborgd, 002 §6.4",
            "pgbPlanCompleet,      Regel_PgbPlanOnvolledig,        002 §6.4",
    })
    void voorwaardeNietVervuld_geenPgb(String voorwaarde, String regel, String bron) {
        Uitkomst uitkomst = TABEL.beslis(aanvraagMet(voorwaarde, false));
        verwacht(uitkomst, regel, false, bron);
        if (!voorwaarde.equals("pgbPlanCompleet")) {
            assertThat(uitkomst.motivering()).contains("Jeugdwet 8.1.1");
        }
    }

    @Test
    void pgbPlanOnvolledig_motiveringNoemtDeVerplichteOnderdelenMetVog() {
        assertThat(TABEL.beslis(aanvraagMet("pgbPlanCompleet", false)).motivering())
                .contains("kwaliteit", "veiligheid", "doelen", "evaluatie", "afstemming op de jeugdige",
                        "VOG van de zorgverlener");
    }

    @ParameterizedTest(name = "hulp uit het sociaal netwerk zonder {0}: geen PGB ({2})")
    @CsvSource({
            "zwareBeperking,               Regel_Netwerk_GeenZwareBeperking,   004 art 11.1",
            "nodigVoorFunctionerenInGezin, Regel_Netwerk_NietNodigVoorGezin,   004 art 11.1",
            "helperOuderDan21,             Regel_Netwerk_HelperNietOuderDan21, 004 art 11.2 onder a",
            "geenOverbelasting,            Regel_Netwerk_Overbelasting,        004 art 11.2 onder b",
            "noodzaakNetwerk,              Regel_Netwerk_NietNoodzakelijk,     004 art 11.2 onder c",
            "vogZonderBezwaar,             Regel_Netwerk_VogBezwaar,           004 art 11.2 onder d en 11.3",
    })
    void netwerkeisNietVervuld_geenPgb(String netwerkeis, String regel, String bron) {
        verwacht(TABEL.beslis(netwerkhulpMet(netwerkeis, false)), regel, false, bron);
    }

    @Test
    void netwerkNietNoodzakelijk_motiveringNoemtDeCriteriaVanArtikel11Lid4() {
        assertThat(TABEL.beslis(netwerkhulpMet("noodzaakNetwerk", false)).motivering()).contains("004 art 11.4");
    }

    @Test
    void hulpUitSociaalNetwerk_alleEisenVervuld_pgbToegestaanTotHetInformeleTarief() {
        verwacht(TABEL.beslis(netwerkhulpMet("sociaalNetwerk", true)), "Regel_ToegestaanMetSociaalNetwerk", true,
                "004 art 11");
        assertThat(TABEL.beslis(netwerkhulpMet("sociaalNetwerk", true)).motivering()).contains("informele hulp");
    }

    @Test
    void netwerkeisen_geldenAlleenBijHulpUitSociaalNetwerk() {
        Map<String, Object> invoer = aanvraag();
        for (String netwerkeis : List.of("zwareBeperking", "nodigVoorFunctionerenInGezin", "helperOuderDan21",
                "geenOverbelasting", "noodzaakNetwerk", "vogZonderBezwaar")) {
            invoer.put(netwerkeis, false);
        }
        verwacht(TABEL.beslis(invoer), "Regel_Toegestaan", true, "002 §6.1-6.5");
    }

    @Test
    void uitsluitingGaatVoorWeigeringsgrondEnVoorwaarde() {
        Map<String, Object> invoer = netwerkhulpMet("geslotenAccommodatie", true);
        invoer.put("onjuisteGegevens", true);
        invoer.put("beheerbaar", false);
        invoer.put("zwareBeperking", false);
        verwacht(TABEL.beslis(invoer), "Regel_GeslotenAccommodatie", false, "002 §6.5");
    }

    @Test
    void weigeringsgrondGaatVoorVoorwaarde_enVoorwaardeVoorNetwerkeis() {
        Map<String, Object> invoer = netwerkhulpMet("schuldenproblematiek", true);
        invoer.put("pgbPlanCompleet", false);
        invoer.put("vogZonderBezwaar", false);
        assertThat(TABEL.beslis(invoer).regel()).isEqualTo("Regel_Schuldenproblematiek");
        invoer.put("schuldenproblematiek", false);
        assertThat(TABEL.beslis(invoer).regel()).isEqualTo("Regel_PgbPlanOnvolledig");
    }

    /**
     * Completeness over all 2^20 combinations of the twenty inputs. Camunda's FEEL engine takes about 2 ms per
     * evaluation of this table, so 2^20 evaluations would take over half an hour. Instead the test reads the
     * cells (each one is {@code -}, {@code true}, {@code false} or {@code false, null}, which it checks; for a
     * true or false input the last two mean the same), finds for every combination
     * the first row whose cells all hold, as hit policy FIRST does, and requires that one exists and that every
     * row is the first for some combination (no row is hidden behind the ones above it). The engine then
     * evaluates three combinations per row and 300 random ones and must name the same row, so the reading of the
     * cells is the engine's.
     */
    @Test
    void elkeCombinatie_preciesEenAntwoord_enGeenRegelOngebruikt() {
        assertThat(TABEL.tabel().getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        List<String> invoer = TABEL.invoer();
        List<Rule> regels = new ArrayList<>(TABEL.tabel().getRules());
        assertThat(invoer).hasSize(20);

        int[] moetWaar = new int[regels.size()];
        int[] moetOnwaar = new int[regels.size()];
        for (int r = 0; r < regels.size(); r++) {
            List<InputEntry> cellen = new ArrayList<>(regels.get(r).getInputEntries());
            for (int i = 0; i < cellen.size(); i++) {
                String cel = cellen.get(i).getText().getTextContent().trim();
                switch (cel) {
                    case "", "-" -> { }
                    case "true" -> moetWaar[r] |= 1 << i;
                    case "false", "false, null" -> moetOnwaar[r] |= 1 << i;
                    default -> fail("%s, kolom %s: '%s' kent deze toets niet; alleen -, true, false of false, null",
                            regels.get(r).getId(), invoer.get(i), cel);
                }
            }
        }

        int[] eersteVoor = new int[regels.size()];
        List<List<Integer>> voorbeelden = new ArrayList<>();
        regels.forEach(regel -> voorbeelden.add(new ArrayList<>()));
        for (int bits = 0; bits < 1 << invoer.size(); bits++) {
            int eerste = eersteRegel(bits, moetWaar, moetOnwaar);
            if (eerste < 0) {
                fail("geen regel past bij %s", Beslistabel.combinatie(invoer, bits));
            }
            eersteVoor[eerste]++;
            if (voorbeelden.get(eerste).size() < 3) {
                voorbeelden.get(eerste).add(bits);
            }
        }
        for (int r = 0; r < regels.size(); r++) {
            assertThat(eersteVoor[r]).as("combinaties waarvoor %s de eerste passende regel is", regels.get(r).getId())
                    .isPositive();
        }

        Random toeval = new Random(811L);
        List<Integer> steekproef = new ArrayList<>();
        voorbeelden.forEach(steekproef::addAll);
        toeval.ints(300, 0, 1 << invoer.size()).forEach(steekproef::add);
        for (int bits : steekproef) {
            assertThat(TABEL.beslis(Beslistabel.combinatie(invoer, bits)).regel())
                    .as("engine bij %s", Beslistabel.combinatie(invoer, bits))
                    .isEqualTo(regels.get(eersteRegel(bits, moetWaar, moetOnwaar)).getId());
        }
    }

    private static int eersteRegel(int bits, int[] moetWaar, int[] moetOnwaar) {
        for (int r = 0; r < moetWaar.length; r++) {
            if ((bits & moetWaar[r]) == moetWaar[r] && (bits & moetOnwaar[r]) == 0) {
                return r;
            }
        }
        return -1;
    }

    /** A form that forgot a question must not grant a PGB: an unanswered condition counts as not met. */
    @ParameterizedTest(name = "{0} niet ingevuld: {1}")
    @CsvSource({
            "beheerbaar,                   Regel_NietBeheerbaar",
            "motivatieZinPastNiet,         Regel_GeenMotivatie",
            "kwaliteitGewaarborgd,         Regel_KwaliteitNietGewaarborgd",
            "pgbPlanCompleet,              Regel_PgbPlanOnvolledig",
            "zwareBeperking,               Regel_Netwerk_GeenZwareBeperking",
            "nodigVoorFunctionerenInGezin, Regel_Netwerk_NietNodigVoorGezin",
            "helperOuderDan21,             Regel_Netwerk_HelperNietOuderDan21",
            "geenOverbelasting,            Regel_Netwerk_Overbelasting",
            "noodzaakNetwerk,              Regel_Netwerk_NietNoodzakelijk",
            "vogZonderBezwaar,             Regel_Netwerk_VogBezwaar",
    })
    void voorwaardeNietIngevuld_geldtAlsNietVervuld(String voorwaarde, String regel) {
        Map<String, Object> invoer = netwerkhulpMet(voorwaarde, true);
        invoer.remove(voorwaarde);
        assertThat(TABEL.beslis(invoer).regel()).isEqualTo(regel);
        invoer.put(voorwaarde, null);
        assertThat(TABEL.beslis(invoer).regel()).isEqualTo(regel);
    }

    /** Only an established exclusion or refusal ground refuses; an unanswered one never puts it in a beschikking. */
    @ParameterizedTest(name = "{0} niet ingevuld: geen weigering op die grond")
    @ValueSource(strings = {"spoed", "kinderbeschermingsmaatregel", "jeugdreclassering", "geslotenAccommodatie",
            "onjuisteGegevens", "eerderNietBesteedOfMisbruikt", "eerderFraude", "verslavingsproblematiek",
            "schuldenproblematiek"})
    void uitsluitingOfWeigeringsgrondNietIngevuld_weigertNiet(String grond) {
        Map<String, Object> invoer = aanvraag();
        invoer.remove(grond);
        verwacht(TABEL.beslis(invoer), "Regel_Toegestaan", true, "Jeugdwet 8.1.1");
    }

    @Test
    void invoerkolommen_lezenDeAfgesprokenVariabelen() {
        assertThat(TABEL.invoer()).containsExactly("spoed", "kinderbeschermingsmaatregel", "jeugdreclassering",
                "geslotenAccommodatie", "onjuisteGegevens", "eerderNietBesteedOfMisbruikt", "eerderFraude",
                "verslavingsproblematiek", "schuldenproblematiek", "beheerbaar", "motivatieZinPastNiet",
                "kwaliteitGewaarborgd", "pgbPlanCompleet", "sociaalNetwerk", "zwareBeperking",
                "nodigVoorFunctionerenInGezin", "helperOuderDan21", "geenOverbelasting", "noodzaakNetwerk",
                "vogZonderBezwaar");
        assertThat(TABEL.uitvoer()).containsExactly("pgbToegestaan", "motivering");
    }
}
