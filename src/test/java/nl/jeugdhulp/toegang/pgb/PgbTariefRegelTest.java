package nl.jeugdhulp.toegang.pgb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code processes/pgb-tarief.dmn} on the bare DMN engine, row by row against its sources: Stadskanaal's rate
 * table (004 bijlage 1, art 11.5) and Kampen's cap for informal help (002 §6.6). Where no row matches, the Java
 * side pays at most the cost of care in kind; that is tested in {@link PgbBerekeningTest}.
 */
class PgbTariefRegelTest {

    private static DmnEngine engine;
    private static DmnDecision pgbTarief;

    @BeforeAll
    static void leesTabel() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        // pom.xml packages processes/ onto the classpath under processes/, as the engine deploys it.
        try (InputStream dmn = PgbTariefRegelTest.class.getResourceAsStream("/processes/pgb-tarief.dmn")) {
            assertThat(dmn).as("processes/pgb-tarief.dmn op het classpath").isNotNull();
            pgbTarief = engine.parseDecision(PgbBerekening.BESLISSING, dmn);
        }
    }

    @ParameterizedTest(name = "{0} {1} sociaal netwerk {2}: {3} per {4}")
    @CsvSource(delimiter = '|', textBlock = """
            stadskanaal | BEGELEIDING_INDIVIDUEEL       | false | 32.25 | UUR     | false | tarief professionele zorg, 004 bijlage 1
            stadskanaal | BEGELEIDING_INDIVIDUEEL       | true  | 15.40 | UUR     | false | tarief sociaal netwerk, 004 art 11.5 en bijlage 1
            stadskanaal | BEGELEIDING_GROEP             | false | 40.00 | DAGDEEL | false | tarief professionele zorg, 004 bijlage 1
            stadskanaal | BEGELEIDING_GROEP             | true  | 15.40 | DAGDEEL | false | tarief sociaal netwerk, 004 art 11.5 en bijlage 1
            stadskanaal | BEGELEIDING_GROEP_MET_VERVOER | false | 44.00 | DAGDEEL | false | tarief professionele zorg, 004 bijlage 1
            stadskanaal | BEGELEIDING_GROEP_MET_VERVOER | true  | 18.07 | DAGDEEL | false | tarief sociaal netwerk, 004 art 11.5 en bijlage 1
            stadskanaal | PERSOONLIJKE_VERZORGING       | false | 24.25 | UUR     | false | tarief professionele zorg, 004 bijlage 1
            stadskanaal | PERSOONLIJKE_VERZORGING       | true  | 15.40 | UUR     | false | tarief sociaal netwerk, 004 art 11.5 en bijlage 1
            stadskanaal | KORTDUREND_VERBLIJF           | false | 91.00 | DAG     | false | tarief professionele zorg, 004 bijlage 1
            stadskanaal | KORTDUREND_VERBLIJF           | true  | 23.10 | DAG     | false | tarief sociaal netwerk, 004 art 11.5 en bijlage 1
            kampen      | BEGELEIDING_INDIVIDUEEL       | true  | 20.00 | UUR     | true  | tarief informele hulp, 002 §6.6
            kampen      | BEGELEIDING_GROEP             | true  | 20.00 | UUR     | true  | tarief informele hulp, 002 §6.6
            kampen      | BEGELEIDING_GROEP_MET_VERVOER | true  | 20.00 | UUR     | true  | tarief informele hulp, 002 §6.6
            kampen      | PERSOONLIJKE_VERZORGING       | true  | 20.00 | UUR     | true  | tarief informele hulp, 002 §6.6
            kampen      | KORTDUREND_VERBLIJF           | true  | 20.00 | UUR     | true  | tarief informele hulp, 002 §6.6
            """)
    void regelGeeftHetTariefUitDeBron(String gemeente, Zorgsoort zorgsoort, boolean sociaalNetwerk, String tarief,
                                      Tariefeenheid eenheid, boolean zinBegrenzing, String bron) {
        DmnDecisionResultEntries rij = evalueer(gemeente, zorgsoort, sociaalNetwerk).orElseThrow();

        assertThat(rij.<String>getEntry("maximumTarief")).isEqualTo(tarief);
        assertThat(new BigDecimal(rij.<String>getEntry("maximumTarief"))).isEqualTo(new BigDecimal(tarief));
        assertThat(rij.<String>getEntry("eenheid")).isEqualTo(eenheid.name());
        assertThat(rij.<Boolean>getEntry("zinBegrenzing")).isEqualTo(zinBegrenzing);
        assertThat(rij.<String>getEntry("tariefbron")).isEqualTo(bron);
    }

    static Stream<Arguments> zonderTarief() {
        List<Arguments> gevallen = new ArrayList<>();
        for (Zorgsoort zorgsoort : Zorgsoort.values()) {
            gevallen.add(Arguments.of("kampen", zorgsoort, false));
            for (String gemeente : List.of("dalfsen", "dordrecht", "onbekend")) {
                gevallen.add(Arguments.of(gemeente, zorgsoort, false));
                gevallen.add(Arguments.of(gemeente, zorgsoort, true));
            }
        }
        return gevallen.stream();
    }

    @ParameterizedTest(name = "{0} {1} sociaal netwerk {2}: geen tarief")
    @MethodSource("zonderTarief")
    void zonderVastgesteldTarief_geenRegel(String gemeente, Zorgsoort zorgsoort, boolean sociaalNetwerk) {
        assertThat(evalueer(gemeente, zorgsoort, sociaalNetwerk)).isEmpty();
    }

    @Test
    void elkeCombinatie_hoogstensEenRegel_enPreciesDeRegelsUitDeBronnen() {
        int metTarief = 0;
        for (String gemeente : List.of("stadskanaal", "kampen", "dalfsen", "dordrecht")) {
            for (Zorgsoort zorgsoort : Zorgsoort.values()) {
                for (boolean sociaalNetwerk : new boolean[] {false, true}) {
                    // UNIQUE: the engine itself fails when two rows match.
                    var resultaat = engine.evaluateDecision(pgbTarief, variabelen(gemeente, zorgsoort, sociaalNetwerk));
                    assertThat(resultaat.size()).isLessThanOrEqualTo(1);
                    metTarief += resultaat.size();
                }
            }
        }
        assertThat(metTarief).as("Stadskanaal 5 zorgsoorten × 2, Kampen sociaal netwerk × 5").isEqualTo(15);
    }

    @Test
    void tabelHeeftLeesbareIds_geenGegenereerde() throws IOException {
        String dmn = Files.readString(Path.of("processes/pgb-tarief.dmn"));
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(dmn);
        List<String> ids = new ArrayList<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(100).contains("pgbTarief", "Rule_Kampen_SociaalNetwerk")
                // Camunda Modeler's defaults: DecisionRule_0x1abcd, UnaryTests_1k2j3h4, ...
                .noneMatch(waarde -> waarde.matches("[A-Za-z]+_[0-9][0-9a-z]{6}"))
                .doesNotHaveDuplicates();
    }

    private static Optional<DmnDecisionResultEntries> evalueer(String gemeente, Zorgsoort zorgsoort,
                                                                         boolean sociaalNetwerk) {
        var resultaat = engine.evaluateDecision(pgbTarief, variabelen(gemeente, zorgsoort, sociaalNetwerk));
        return Optional.ofNullable(resultaat.getSingleResult());
    }

    private static VariableMap variabelen(String gemeente, Zorgsoort zorgsoort,
                                                                          boolean sociaalNetwerk) {
        return Variables.createVariables().putValue("gemeente", gemeente).putValue("zorgsoort", zorgsoort.name())
                .putValue("sociaalNetwerk", sociaalNetwerk);
    }
}
