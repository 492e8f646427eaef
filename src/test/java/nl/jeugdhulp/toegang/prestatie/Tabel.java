package nl.jeugdhulp.toegang.prestatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A benchmark's result: one row per figure, with its value, its ratio to the baseline measured in the same run
 * and the target it is held to. Printed as a table and written to {@code target/benchmark/<naam>.json}.
 */
public final class Tabel {

    private static final Path MAP = Path.of("target", "benchmark");

    private final String naam;
    private final String titel;
    private final Map<String, Object> omstandigheden = new LinkedHashMap<>();
    private final List<Rij> rijen = new ArrayList<>();

    public Tabel(String naam, String titel) {
        this.naam = naam;
        this.titel = titel;
        omstandigheden.put("processors", Runtime.getRuntime().availableProcessors());
        omstandigheden.put("java", System.getProperty("java.version"));
    }

    /** What the figures were measured on: database, number of cases, rounds. */
    public void omstandigheid(String naam, Object waarde) {
        omstandigheden.put(naam, waarde);
    }

    /**
     * @param verhouding the value divided by the baseline's, or {@code null} for an absolute figure
     * @param doel the target as written in the issue, e.g. "≤ 1,5× vloer", or {@code null}
     * @param gehaald whether the target is met, or {@code null} without target
     */
    public void rij(String meting, double waarde, String eenheid, Double verhouding, String doel, Boolean gehaald) {
        rijen.add(new Rij(meting, waarde, eenheid, verhouding, doel, gehaald));
    }

    public void rij(String meting, double waarde, String eenheid) {
        rij(meting, waarde, eenheid, null, null, null);
    }

    public void printEnSchrijf() {
        System.out.printf("%n%s%n%s%n", titel, omstandigheden);
        System.out.printf("%-58s %12s %-8s %10s %-16s %s%n", "meting", "waarde", "eenheid", "× basis", "doel", "gehaald");
        for (Rij rij : rijen) {
            System.out.printf("%-58s %12.2f %-8s %10s %-16s %s%n", rij.meting(), rij.waarde(), rij.eenheid(),
                    rij.verhouding() == null ? "" : "%.2f".formatted(rij.verhouding()),
                    rij.doel() == null ? "" : rij.doel(),
                    rij.gehaald() == null ? "" : rij.gehaald() ? "ja" : "NEE");
        }
        try {
            Files.createDirectories(MAP);
            var inhoud = new LinkedHashMap<String, Object>();
            inhoud.put("titel", titel);
            inhoud.put("omstandigheden", omstandigheden);
            inhoud.put("metingen", rijen);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(MAP.resolve(naam + ".json").toFile(),
                    inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Rij(String meting, double waarde, String eenheid, Double verhouding, String doel, Boolean gehaald) {
    }
}
