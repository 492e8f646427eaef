package nl.jeugdhulp.toegang.gemeente;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/** The gemeenten this installation serves, read once from configuration. */
@Component
public class Gemeenten {

    private final Map<String, Gemeente> perCode = new LinkedHashMap<>();

    Gemeenten(GemeenteProperties properties) {
        for (Termijnsoort soort : Termijnsoort.values()) {
            if (!properties.standaardTermijnen().containsKey(soort)) {
                throw new IllegalStateException("jeugdhulp.standaard-termijnen mist een regel voor " + soort);
            }
        }
        properties.gemeenten().forEach((code, instellingen) -> {
            var termijnen = new EnumMap<>(properties.standaardTermijnen());
            if (instellingen.termijnen() != null) {
                termijnen.putAll(instellingen.termijnen());
            }
            var geslotenDagen = instellingen.geslotenDagen() == null ? Map.<java.time.LocalDate, String>of()
                    : instellingen.geslotenDagen().stream().collect(Collectors.toUnmodifiableMap(
                            GemeenteProperties.GeslotenDag::datum, GemeenteProperties.GeslotenDag::naam));
            var verdaging = instellingen.verdaging() == null ? properties.standaardVerdaging() : instellingen.verdaging();
            var aanbieders = instellingen.gecontracteerdeAanbieders() == null ? Set.<String>of()
                    : Set.copyOf(instellingen.gecontracteerdeAanbieders());
            perCode.put(code, new Gemeente(code, instellingen.naam(), instellingen.briefhoofd(), Map.copyOf(termijnen), geslotenDagen, verdaging,
                    aanbieders));
        });
    }

    public Collection<Gemeente> alle() {
        return perCode.values();
    }

    public Optional<Gemeente> find(String code) {
        return Optional.ofNullable(code).map(perCode::get);
    }

    /** The configured gemeente with this code or name, when there is one. */
    public Optional<Gemeente> zoek(String codeOfNaam) {
        return perCode.values().stream().filter(gemeente -> gemeente.is(codeOfNaam)).findFirst();
    }

    public Gemeente get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("Gemeente niet geconfigureerd: " + code));
    }
}
