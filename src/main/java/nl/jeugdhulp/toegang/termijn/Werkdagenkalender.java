package nl.jeugdhulp.toegang.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import nl.jeugdhulp.toegang.gemeente.Eenheid;

/**
 * The one calendar every deadline is computed with. A werkdag is a day that is neither a Saturday, a
 * Sunday, a day of the Algemene termijnenwet (art 3) nor one of the gemeente's own closed days. A term
 * in days or weeks that ends on a non-werkdag runs on to the next werkdag (Atw art 1).
 */
@Component
public class Werkdagenkalender {

    /**
     * Atw art 3 lid 1 and 2, keyed by jollyday's holiday keys. Only these count: a holiday jollyday adds
     * later must not silently move a legal deadline. Eerste Paas- and Pinksterdag are Sundays anyway.
     */
    private static final Map<String, String> ATW_FEESTDAGEN = Map.of(
            "NEW_YEAR", "Nieuwjaarsdag",
            "christian.GOOD_FRIDAY", "Goede Vrijdag",
            "christian.EASTER_MONDAY", "Tweede Paasdag",
            "KINGS_DAY", "Koningsdag",
            "LIBERATION", "Bevrijdingsdag",
            "christian.ASCENSION_DAY", "Hemelvaartsdag",
            "christian.PENTECOST_MONDAY", "Tweede Pinksterdag",
            "FIRST_CHRISTMAS_DAY", "Eerste Kerstdag",
            "SECOND_CHRISTMAS_DAY", "Tweede Kerstdag");

    private final HolidayManager feestdagenNederland = HolidayManager.getInstance(ManagerParameters.create("nl"));
    private final Map<Integer, Map<LocalDate, String>> feestdagenPerJaar = new ConcurrentHashMap<>();

    /** Why {@code dag} is not a werkdag, or empty when it is one. */
    public Optional<String> vrijeDag(LocalDate dag, Map<LocalDate, String> geslotenDagen) {
        String feestdag = feestdagen(dag.getYear()).get(dag);
        if (feestdag != null) {
            return Optional.of(feestdag);
        }
        if (geslotenDagen.containsKey(dag)) {
            return Optional.of(geslotenDagen.get(dag));
        }
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("zaterdag");
        }
        if (dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("zondag");
        }
        return Optional.empty();
    }

    public boolean isWerkdag(LocalDate dag, Map<LocalDate, String> geslotenDagen) {
        return vrijeDag(dag, geslotenDagen).isEmpty();
    }

    /** The feestdagen of the Algemene termijnenwet in {@code jaar}, with their names. */
    public Map<LocalDate, String> feestdagen(int jaar) {
        return feestdagenPerJaar.computeIfAbsent(jaar, j -> feestdagenNederland.getHolidays(Year.of(j)).stream()
                .filter(feestdag -> ATW_FEESTDAGEN.containsKey(feestdag.getPropertiesKey()))
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate,
                        feestdag -> ATW_FEESTDAGEN.get(feestdag.getPropertiesKey()))));
    }

    /**
     * The end of a term counted from {@code vanaf}; counting starts the day after. Werkdagen skip every
     * non-werkdag; days and weeks are calendar time, moved to the next werkdag when they end on a
     * non-werkdag (Atw art 1).
     */
    public Termijneinde einde(LocalDate vanaf, int aantal, Eenheid eenheid, Map<LocalDate, String> geslotenDagen) {
        if (eenheid == Eenheid.UREN) {
            throw new IllegalArgumentException("Een termijn in uren eindigt op een tijdstip, niet op een dag");
        }
        if (eenheid == Eenheid.WERKDAGEN) {
            List<String> uitleg = new ArrayList<>();
            LocalDate dag = vanaf;
            int geteld = 0;
            while (geteld < aantal) {
                dag = dag.plusDays(1);
                Optional<String> vrij = vrijeDag(dag, geslotenDagen);
                if (vrij.isEmpty()) {
                    geteld++;
                } else if (!isWeekend(dag)) {
                    uitleg.add(dag + " " + vrij.get());
                }
            }
            return new Termijneinde(dag, dag, List.copyOf(uitleg));
        }
        return naarWerkdag(eenheid == Eenheid.WEKEN ? vanaf.plusWeeks(aantal) : vanaf.plusDays(aantal), geslotenDagen);
    }

    /**
     * A term in calendar time whose count ends on {@code kalendereinde}: it runs on to the next werkdag when that
     * day is none (Atw art 1). A suspension (Awb 4:15) extends the count, so it moves {@code kalendereinde}, and the
     * Atw applies to where the count then ends.
     */
    public Termijneinde naarWerkdag(LocalDate kalendereinde, Map<LocalDate, String> geslotenDagen) {
        List<String> uitleg = new ArrayList<>();
        LocalDate dag = kalendereinde;
        Optional<String> vrij = vrijeDag(dag, geslotenDagen);
        while (vrij.isPresent()) {
            uitleg.add(dag + " " + vrij.get());
            dag = dag.plusDays(1);
            vrij = vrijeDag(dag, geslotenDagen);
        }
        return new Termijneinde(kalendereinde, dag, List.copyOf(uitleg));
    }

    /** The werkdag {@code aantal} werkdagen before {@code dag}: used for reminders ahead of a deadline. */
    public LocalDate werkdagenVoor(LocalDate dag, int aantal, Map<LocalDate, String> geslotenDagen) {
        LocalDate terug = dag;
        int geteld = 0;
        while (geteld < aantal) {
            terug = terug.minusDays(1);
            if (isWerkdag(terug, geslotenDagen)) {
                geteld++;
            }
        }
        return terug;
    }

    /**
     * How many werkdagen lie after {@code van} up to and including {@code tot}; negative when {@code tot} lies
     * before {@code van}. From today to a last day: the werkdagen left (0 on the last day itself); from a last day
     * to today: the werkdagen it is overdue.
     */
    public int werkdagenTussen(LocalDate van, LocalDate tot, Map<LocalDate, String> geslotenDagen) {
        if (tot.isBefore(van)) {
            return -werkdagenTussen(tot, van, geslotenDagen);
        }
        int geteld = 0;
        for (LocalDate dag = van.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (isWerkdag(dag, geslotenDagen)) {
                geteld++;
            }
        }
        return geteld;
    }

    private static boolean isWeekend(LocalDate dag) {
        return dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a term and the non-werkdagen that moved it, as "2026-12-25 Eerste Kerstdag";
     * {@code kalendereinde} is the day its count ended on before that move (the last day itself for werkdagen).
     */
    public record Termijneinde(LocalDate kalendereinde, LocalDate uiterlijk, List<String> uitleg) {
    }
}
