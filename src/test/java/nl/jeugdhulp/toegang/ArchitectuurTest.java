package nl.jeugdhulp.toegang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layers of ../shared/architecture.md, lowest first: a package may use the packages of the layers below
 * it, never one beside or above it. Where the page leaves the order open this list decides it, with the reason:
 * <ul>
 * <li>{@code fout}: what a request can do wrong (not found, not possible, invalid input, no access), thrown by
 * any feature, and how a problem+json answer is written, for the MVC handler in {@code web} and the login filters
 * in {@code security}; so it sits at the bottom next to {@code proces}.</li>
 * <li>{@code zaak} above {@code proces}: the dossier reads the engine's clock and who is acting.</li>
 * <li>{@code termijn} above {@code gemeente}: the calendar applies the rules a gemeente's policy states.</li>
 * <li>{@code pgb} and {@code verwerking}, then {@code brief}: services other features call (the PGB amount
 * for a beschikking, the record of who saw a dossier, the letters), so below the features that call them.</li>
 * <li>the root package composes the application (start-up, planning, the history level) and may use all.</li>
 * </ul>
 */
class ArchitectuurTest {

    private static final String BASIS = "nl.jeugdhulp.toegang";

    static final List<List<String>> LAGEN = List.of(
            List.of("proces", "fout"),
            List.of("zaak"),
            List.of("gemeente", "regels"),
            List.of("termijn"),
            List.of("pgb", "verwerking"),
            List.of("brief"),
            List.of("melding", "onderzoek", "verslag", "aanvraag", "beschikking", "bezwaar", "spoed", "verwijzing",
                    "doorzending", "gedwongenkader", "bewaren", "dwangsom"),
            List.of("zaakoverzicht", "termijnbewaking", "tasklist", "beheer"),
            List.of("web", "security"));

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASIS);

    @Test
    void elkPakketHoortInEenLaag() {
        Set<String> pakketten = KLASSEN.stream()
                .map(JavaClass::getPackageName)
                .filter(pakket -> pakket.startsWith(BASIS + "."))
                .map(pakket -> pakket.substring(BASIS.length() + 1).split("\\.")[0])
                .collect(Collectors.toSet());
        assertThat(LAGEN.stream().flatMap(List::stream).toList())
                .as("elk pakket staat in precies één laag")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(pakketten);
    }

    @Test
    void pijlenWijzenNaarBeneden() {
        IntStream.range(0, LAGEN.size()).forEach(laag -> LAGEN.get(laag).forEach(pakket -> {
            String[] verboden = IntStream.range(laag, LAGEN.size())
                    .mapToObj(LAGEN::get)
                    .flatMap(List::stream)
                    .filter(ander -> !ander.equals(pakket))
                    .map(ander -> BASIS + "." + ander + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(BASIS + "." + pakket + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(verboden)
                    .orShould().dependOnClassesThat().resideInAPackage(BASIS)
                    .because(pakket + " staat in laag " + (laag + 1) + " van ArchitectuurTest.LAGEN")
                    .check(KLASSEN);
        }));
    }

    @Test
    void geenKringen() {
        slices().matching(BASIS + ".(*)..").should().beFreeOfCycles().check(KLASSEN);
    }
}
