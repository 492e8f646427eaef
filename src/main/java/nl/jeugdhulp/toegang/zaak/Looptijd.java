package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long granted help runs: from the ingangsdatum up to and including the einddatum, as a beschikking states it
 * ("tot en met", 004 art 9.2 b). The one place that counts it, for the letter, the beslissing in the dossier and
 * the vier-ogen rule alike. Counted in calendar months, as a beschikking speaks of them: 1 March 2027 up to and
 * including 29 February 2028 is exactly 12 months, up to and including 1 March 2028 is 12 months and 1 day.
 */
public record Looptijd(LocalDate ingang, LocalDate einde) {

    public Looptijd {
        if (einde.isBefore(ingang)) {
            throw new IllegalArgumentException("De einddatum ligt voor de ingangsdatum");
        }
    }

    /** Whole calendar months from the ingangsdatum that fit in, up to and including the einddatum. */
    public int maanden() {
        int maanden = 0;
        while (!na(maanden + 1).isAfter(einde.plusDays(1))) {
            maanden++;
        }
        return maanden;
    }

    /** The days after the whole months. */
    public int dagenNaMaanden() {
        return (int) ChronoUnit.DAYS.between(na(maanden()), einde.plusDays(1));
    }

    /** The months the help runs, a part of a month counted as a month: longer than 12 months is more than 12. */
    public int maandenNaarBoven() {
        return maanden() + (dagenNaMaanden() > 0 ? 1 : 0);
    }

    public long dagen() {
        return ChronoUnit.DAYS.between(ingang, einde) + 1;
    }

    /**
     * The first day after {@code maanden} months: the same day of the month, or, where that month has no such day
     * (the 31st, 29 February), the first of the month after, so a month from 31 January runs up to and including
     * the last day of February, and a year from 29 February 2028 up to and including 28 February 2029.
     */
    private LocalDate na(int maanden) {
        LocalDate dag = ingang.plusMonths(maanden);
        return dag.getDayOfMonth() < ingang.getDayOfMonth() ? dag.plusDays(1) : dag;
    }

    /** "6 maanden", "1 maand en 1 dag", "10 dagen". */
    public String omschrijving() {
        int maanden = maanden();
        int rest = dagenNaMaanden();
        String dagen = rest == 1 ? "1 dag" : rest + " dagen";
        if (maanden == 0) {
            return dagen;
        }
        String inMaanden = maanden == 1 ? "1 maand" : maanden + " maanden";
        return rest == 0 ? inMaanden : inMaanden + " en " + dagen;
    }

    /** As the dossier records it: "van 2026-12-07 tot en met 2027-06-06 (6 maanden)". */
    @Override
    public String toString() {
        return "van " + ingang + " tot en met " + einde + " (" + omschrijving() + ")";
    }
}
