package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every decision table in processes/ must keep when a designer edits it in Modeler: a hit policy that
 * gives a businessRuleTask with mapDecisionResult "singleResult" one row, a history time to live (the engine
 * refuses to deploy a decision without one), a shape so Modeler opens the table, readable ids, plain variable
 * names as inputs, and on every row an annotation and a motivering that cite their source ("004 art 6.5",
 * "002 §6.5", "Jeugdwet 8.1.1").
 */
class BeslistabellenTest {

    private static final Pattern BRON = Pattern.compile("(00[0-4] (art \\d|§\\d)|Jeugdwet \\d)");
    /** Ids Modeler makes up: Decision_1, DecisionRule_0abc123, InputClause_1xyz9ab. */
    private static final Pattern STANDAARD_ID = Pattern.compile("^[A-Za-z]+_(\\d+|[0-9a-z]{7})$");
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final Pattern VARIABELE = Pattern.compile("^[a-z][A-Za-z0-9]*$");

    static List<Path> beslistabellen() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
            List<Path> dmn = bestanden.filter(pad -> pad.toString().endsWith(".dmn")).sorted().toList();
            assertThat(dmn).extracting(pad -> pad.getFileName().toString())
                    .contains("afweging.dmn", "instemming.dmn", "pgb-toets.dmn");
            return dmn;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beslistabellen")
    void eenBeslissing_metEenAntwoordPerEvaluatie_bewaartermijnEnVorm(Path bestand) throws IOException {
        DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
        Dmn.validateModel(model);
        List<Decision> beslissingen = new ArrayList<>(model.getModelElementsByType(Decision.class));
        assertThat(beslissingen).hasSize(1);
        Decision beslissing = beslissingen.get(0);
        assertThat(beslissing.getCamundaHistoryTimeToLiveString()).isNotBlank();
        // The model API has no DMNDI types; Modeler lays the decision out from this shape.
        assertThat(elementen(model.getDocument().getRootElement()))
                .filteredOn(element -> DMNDI.equals(element.getNamespaceURI()) && "DMNShape".equals(element.getLocalName()))
                .extracting(element -> element.getAttribute("dmnElementRef"))
                .contains(beslissing.getId());

        DecisionTable tabel = model.getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(tabel.getHitPolicy()).isIn(HitPolicy.FIRST, HitPolicy.UNIQUE);
        for (Input invoer : tabel.getInputs()) {
            assertThat(invoer.getInputExpression().getText().getTextContent().trim()).matches(VARIABELE);
            assertThat(invoer.getInputExpression().getTypeRef()).isIn("boolean", "integer", "double", "string");
        }
        if (aangeroepenDoorProces(beslissing.getId())) {
            assertThat(tabel.getOutputs()).extracting(Output::getName).contains("motivering");
            assertThat(tabel.getOutputs()).filteredOn(uitvoer -> uitvoer.getName().equals("motivering"))
                    .extracting(Output::getTypeRef).containsExactly("string");
        }
    }

    /**
     * The tables a process evaluates, whose every row needs a motivering with its source. A table Java code looks
     * up (pgbTarief) gives values for a calculation instead.
     */
    static List<Path> beslistabellenVanHetProces() throws IOException {
        List<Path> tabellen = new ArrayList<>();
        for (Path bestand : beslistabellen()) {
            DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
            if (aangeroepenDoorProces(model.getModelElementsByType(Decision.class).iterator().next().getId())) {
                tabellen.add(bestand);
            }
        }
        assertThat(tabellen).isNotEmpty();
        return tabellen;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beslistabellenVanHetProces")
    void elkeRegel_heeftToelichtingEnMotiveringMetBron(Path bestand) {
        DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
        DecisionTable tabel = model.getModelElementsByType(DecisionTable.class).iterator().next();
        int motivering = new ArrayList<>(tabel.getOutputs()).indexOf(tabel.getOutputs().stream()
                .filter(uitvoer -> uitvoer.getName().equals("motivering")).findFirst().orElseThrow());
        assertThat(tabel.getRules()).isNotEmpty();
        for (Rule regel : tabel.getRules()) {
            assertThat(regel.getDescription()).as(regel.getId()).isNotNull();
            assertThat(regel.getDescription().getTextContent()).as(regel.getId()).containsPattern(BRON);
            OutputEntry cel = new ArrayList<>(regel.getOutputEntries()).get(motivering);
            String tekst = cel.getText().getTextContent().trim();
            assertThat(tekst).as(regel.getId()).startsWith("\"").endsWith(".\"").containsPattern(BRON);
        }
    }

    /** A businessRuleTask in processes/*.bpmn evaluates it; the RegelUitkomstListener stores its motivering. */
    private static boolean aangeroepenDoorProces(String beslissing) throws IOException {
        try (Stream<Path> modellen = Files.list(Path.of("processes"))) {
            for (Path model : modellen.filter(pad -> pad.toString().endsWith(".bpmn")).toList()) {
                if (Files.readString(model).contains("camunda:decisionRef=\"" + beslissing + "\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beslistabellen")
    void geenIdsDieModelerZelfVerzint(Path bestand) {
        DmnModelInstance model = Dmn.readModelFromFile(bestand.toFile());
        List<String> ids = elementen(model.getDocument().getRootElement()).stream()
                .map(element -> element.getAttribute("id")).filter(id -> id != null).toList();
        assertThat(ids).isNotEmpty().noneMatch(id -> STANDAARD_ID.matcher(id).matches());
    }

    private static List<DomElement> elementen(DomElement wortel) {
        List<DomElement> alle = new ArrayList<>(List.of(wortel));
        wortel.getChildElements().forEach(kind -> alle.addAll(elementen(kind)));
        return alle;
    }
}
