package nl.jeugdhulp.toegang.proces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Forms in processes/forms, by their id (what a user task's formRef names). */
final class Formulieren {

    private static final Path FORMULIEREN = Path.of("processes", "forms");

    private Formulieren() {
    }

    static Map<String, JsonNode> alle() {
        var json = new ObjectMapper();
        try (Stream<Path> bestanden = Files.list(FORMULIEREN)) {
            return bestanden.filter(pad -> pad.toString().endsWith(".form"))
                    .map(pad -> lees(json, pad))
                    .collect(Collectors.toMap(formulier -> formulier.get("id").asText(), formulier -> formulier));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Components, including those inside groups. */
    static List<JsonNode> onderdelen(JsonNode lijst) {
        List<JsonNode> alle = new ArrayList<>();
        for (JsonNode onderdeel : lijst) {
            alle.add(onderdeel);
            if (onderdeel.has("components")) {
                alle.addAll(onderdelen(onderdeel.get("components")));
            }
        }
        return alle;
    }

    /** The variables a form writes: the keys of its fields. */
    static List<String> velden(JsonNode formulier) {
        return onderdelen(formulier.get("components")).stream().filter(onderdeel -> onderdeel.has("key"))
                .map(onderdeel -> onderdeel.get("key").asText()).distinct().toList();
    }

    private static JsonNode lees(ObjectMapper json, Path pad) {
        try {
            return json.readTree(pad.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(pad + " is geen geldig formulier", e);
        }
    }
}
