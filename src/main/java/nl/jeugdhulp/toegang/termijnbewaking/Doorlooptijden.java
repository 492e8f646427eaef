package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * Doorlooptijden per gemeente, month and phase (001 §5) from the dossier's own dates, counted in werkdagen on the
 * gemeente's calendar (after the day a phase began, up to and including the day it ended; the same day is 0). A phase
 * belongs to the month it ended in. Per group: the number of cases, the median (the middle one, or the mean of the
 * middle two), the 90th percentile (nearest rank: the smallest value at least 90% of the cases do not exceed) and the
 * share that ended within its termijn. No engine and no database: the same rows give the same figures.
 */
class Doorlooptijden {

    private final Werkdagenkalender kalender;

    Doorlooptijden(Werkdagenkalender kalender) {
        this.kalender = kalender;
    }

    /** {@code rijen}: the done termijnen of this gemeente's zaken; phases ending before {@code vanaf} are left out. */
    List<Overzicht.Doorlooptijd> bereken(Gemeente gemeente, List<AfgerondeTermijn> rijen, LocalDate vanaf) {
        record Fase(Doorloopfase fase, YearMonth maand, int werkdagen, Boolean opTijd) {
        }
        List<Fase> fasen = new ArrayList<>();
        Map<Long, List<AfgerondeTermijn>> perZaak = rijen.stream()
                .collect(Collectors.groupingBy(AfgerondeTermijn::zaak, TreeMap::new, Collectors.toList()));
        for (List<AfgerondeTermijn> zaak : perZaak.values()) {
            Map<Termijnsoort, AfgerondeTermijn> termijnen = new EnumMap<>(Termijnsoort.class);
            zaak.forEach(rij -> termijnen.put(rij.soort(), rij));
            AfgerondeTermijn eerste = zaak.get(0);
            for (Doorloopfase fase : Doorloopfase.values()) {
                LocalDate begin = begin(fase, eerste, termijnen);
                LocalDate einde = fase == Doorloopfase.VERSLAG_AANVRAAG ? eerste.aanvraag()
                        : dag(termijnen.get(fase.termijn()));
                if (begin == null || einde == null || einde.isBefore(begin) || einde.isBefore(vanaf)) {
                    continue;
                }
                Boolean opTijd = fase.termijn() == null ? null
                        : termijnen.get(fase.termijn()).status() == TermijnStatus.GEHAALD;
                fasen.add(new Fase(fase, YearMonth.from(einde),
                        kalender.werkdagenTussen(begin, einde, gemeente.geslotenDagen()), opTijd));
            }
        }
        return fasen.stream()
                .collect(Collectors.groupingBy(f -> new Groep(f.maand(), f.fase()), TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(groep -> {
                    List<Integer> werkdagen = groep.getValue().stream().map(Fase::werkdagen).sorted().toList();
                    List<Boolean> termijn = groep.getValue().stream().map(Fase::opTijd).filter(t -> t != null).toList();
                    Double binnen = termijn.isEmpty() ? null
                            : termijn.stream().filter(Boolean::booleanValue).count() / (double) termijn.size();
                    return new Overzicht.Doorlooptijd(gemeente.code(), groep.getKey().maand(), groep.getKey().fase(),
                            werkdagen.size(), mediaan(werkdagen), p90(werkdagen), binnen);
                })
                .toList();
    }

    private record Groep(YearMonth maand, Doorloopfase fase) implements Comparable<Groep> {
        @Override
        public int compareTo(Groep andere) {
            return Comparator.comparing(Groep::maand).thenComparing(Groep::fase).compare(this, andere);
        }
    }

    private static LocalDate begin(Doorloopfase fase, AfgerondeTermijn zaak, Map<Termijnsoort, AfgerondeTermijn> termijnen) {
        return switch (fase) {
            case MELDING_GESPREK -> zaak.ontvangen();
            case GESPREK_VERSLAG -> dag(termijnen.get(Termijnsoort.GESPREK));
            case VERSLAG_AANVRAAG -> dag(termijnen.get(Termijnsoort.VERSLAG));
            case AANVRAAG_BESCHIKKING -> zaak.aanvraag();
        };
    }

    private static LocalDate dag(AfgerondeTermijn termijn) {
        return termijn == null ? null : termijn.afgerond();
    }

    static double mediaan(List<Integer> gesorteerd) {
        int n = gesorteerd.size();
        return n % 2 == 1 ? gesorteerd.get(n / 2) : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }

    static int p90(List<Integer> gesorteerd) {
        return gesorteerd.get((int) Math.ceil(0.9 * gesorteerd.size()) - 1);
    }
}
