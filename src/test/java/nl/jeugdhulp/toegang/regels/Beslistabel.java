package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table from processes/, read from the classpath the way the process application deploys it and
 * evaluated by Camunda's standalone DMN engine. An evaluation answers like a businessRuleTask with
 * {@code mapDecisionResult="singleResult"}: exactly one row, or the test fails. It also says which row
 * answered, so a test proves the rule it names and not just an outcome that another row happens to share.
 */
final class Beslistabel {

    /** Answer of one evaluation: the id of the row that matched and its outputs. */
    record Uitkomst(String regel, Map<String, Object> uitvoer) {

        String motivering() {
            return (String) uitvoer.get("motivering");
        }

        Object get(String naam) {
            assertThat(uitvoer).containsKey(naam);
            return uitvoer.get(naam);
        }
    }

    private final DmnDecision beslissing;
    private final DmnEngine engine;
    private final DmnModelInstance model;
    private final List<String> gepasteRegels = new ArrayList<>();

    private Beslistabel(String resource, String beslissingId) {
        DmnDecisionTableEvaluationListener onthoudRegels = (DmnDecisionTableEvaluationEvent event) -> {
            gepasteRegels.clear();
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(gepasteRegels::add);
        };
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(onthoudRegels))
                .buildEngine();
        this.model = Dmn.readModelFromStream(lees(resource));
        this.beslissing = engine.parseDecision(beslissingId, lees(resource));
    }

    /** {@code processes/x.dmn} in the repository is {@code processes/x.dmn} on the classpath (pom.xml, targetPath). */
    static Beslistabel laad(String bestand, String beslissingId) {
        return new Beslistabel("processes/" + bestand, beslissingId);
    }

    Uitkomst beslis(Map<String, ?> invoer) {
        var resultaat = engine.evaluateDecision(beslissing, Variables.fromMap(new LinkedHashMap<>(invoer)));
        assertThat(resultaat).as("regels bij %s", invoer).hasSize(1);
        DmnDecisionResultEntries rij = resultaat.getSingleResult();
        assertThat(gepasteRegels).as("regels bij %s", invoer).hasSize(1);
        return new Uitkomst(gepasteRegels.get(0), rij.getEntryMap());
    }

    /** How many rows answer, without requiring one: for inputs a process forgot to set. */
    int aantalAntwoorden(Map<String, ?> invoer) {
        return engine.evaluateDecision(beslissing, Variables.fromMap(new LinkedHashMap<>(invoer))).size();
    }

    DecisionTable tabel() {
        return model.getModelElementsByType(DecisionTable.class).iterator().next();
    }

    /** The row ids, top to bottom. */
    List<String> regels() {
        return tabel().getRules().stream().map(Rule::getId).toList();
    }

    /** The variable names the input columns read, left to right. */
    List<String> invoer() {
        return tabel().getInputs().stream().map(Input::getInputExpression).map(e -> e.getText().getTextContent().trim())
                .toList();
    }

    /** The variable names the outputs write, left to right. */
    List<String> uitvoer() {
        return tabel().getOutputs().stream().map(Output::getName).toList();
    }

    /** Every combination of true and false over the given variables, 2^n of them, made one at a time. */
    static Stream<Map<String, Object>> alleCombinaties(List<String> namen) {
        return IntStream.range(0, 1 << namen.size()).mapToObj(bits -> combinatie(namen, bits));
    }

    /** Combination number {@code bits}: variable i is true when bit i is set. */
    static Map<String, Object> combinatie(List<String> namen, int bits) {
        Map<String, Object> invoer = new LinkedHashMap<>();
        for (int i = 0; i < namen.size(); i++) {
            invoer.put(namen.get(i), (bits & 1 << i) != 0);
        }
        return invoer;
    }

    private static InputStream lees(String resource) {
        InputStream stroom = Beslistabel.class.getClassLoader().getResourceAsStream(resource);
        if (stroom == null) {
            throw new UncheckedIOException(new IOException(resource + " staat niet op het classpath"));
        }
        return stroom;
    }
}
