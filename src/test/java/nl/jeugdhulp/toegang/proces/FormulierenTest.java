package nl.jeugdhulp.toegang.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;

/**
 * The forms in processes/forms and the models that use them agree: every user task points at a form that
 * exists, and every field of a form writes, and every {{placeholder}} reads, a variable the code declares.
 * A key spelled wrong in Modeler would otherwise reach no listener and fail only in Tasklist.
 */
class FormulierenTest {

    private static final Path PROCESSEN = Path.of("processes");
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern STANDAARD_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");

    @Test
    void elkeGebruikerstaakHeeftEenBestaandFormulier() throws IOException {
        Map<String, JsonNode> formulieren = Formulieren.alle();
        Set<String> gebruikt = new HashSet<>();
        try (Stream<Path> modellen = Files.list(PROCESSEN)) {
            for (Path model : modellen.filter(pad -> pad.toString().endsWith(".bpmn")).toList()) {
                for (UserTask taak : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                    gebruikt.add(taak.getCamundaFormRef());
                    assertThat(taak.getCamundaFormRef()).as(taak.getId()).isIn(formulieren.keySet());
                    assertThat(taak.getCamundaFormRefBinding()).as(taak.getId()).isEqualTo("deployment");
                }
            }
        }
        // No form lies unused: each one belongs to a user task.
        assertThat(formulieren.keySet()).containsExactlyInAnyOrderElementsOf(gebruikt);
    }

    @Test
    void elkVeldEnElkePlaatshouderIsEenGedeclareerdeVariabele() {
        Set<String> gedeclareerd = GedeclareerdeVariabelen.namen();
        for (var formulier : Formulieren.alle().entrySet()) {
            Set<String> ids = new HashSet<>();
            for (JsonNode onderdeel : Formulieren.onderdelen(formulier.getValue().get("components"))) {
                String waar = formulier.getKey() + "/" + onderdeel.path("id").asText();
                assertThat(ids.add(onderdeel.path("id").asText())).as("uniek id " + waar).isTrue();
                assertThat(onderdeel.path("id").asText()).as("leesbaar id " + waar).doesNotMatch(STANDAARD_ID);
                if (onderdeel.has("key")) {
                    assertThat(onderdeel.get("key").asText()).as(waar).isIn(gedeclareerd);
                }
                Matcher plaatshouder = PLAATSHOUDER.matcher(onderdeel.path("text").asText());
                while (plaatshouder.find()) {
                    assertThat(plaatshouder.group(1)).as(waar).isIn(gedeclareerd);
                }
            }
        }
    }

    @Test
    void hetGespreksformulierVraagtNaarElkOnderwerpVanArtikel5() throws IOException {
        Set<String> sleutels = Formulieren.onderdelen(Formulieren.alle().get("Form_GesprekVoeren").get("components")).stream()
                .map(onderdeel -> onderdeel.path("key").asText()).collect(Collectors.toSet());
        assertThat(sleutels).containsAll(Arrays.stream(Gespreksonderwerp.values())
                .map(onderwerp -> onderwerp.variabele().naam()).toList());
    }
}
