package nl.jeugdhulp.toegang.pgb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;


import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.termijn.Datums;

/** One stay in kortdurend verblijf, from the day of arrival to the day of departure. */
public record Verblijf(LocalDate aankomst, LocalDate vertrek) {

    public Verblijf {
        if (aankomst == null) {
            throw new Stapweigering("aankomst: de aankomstdatum van een verblijf ontbreekt");
        }
        if (vertrek == null) {
            throw new Stapweigering("vertrek: de vertrekdatum van een verblijf ontbreekt");
        }
        if (vertrek.isBefore(aankomst)) {
            throw new Stapweigering("vertrek: de vertrekdatum mag niet voor de aankomstdatum liggen");
        }
    }

    /**
     * The days this stay is paid for: the arrival day counts, the departure day does not, and arriving and
     * leaving on the same day still counts as one day (004 bijlage 1).
     */
    public int dagen() {
        return (int) Math.max(1, ChronoUnit.DAYS.between(aankomst, vertrek));
    }

    /** The first day after the last one paid for; the next stay may start on it, not before. */
    LocalDate eindeTelling() {
        return aankomst.plusDays(dagen());
    }

    /** "6 maart 2026 tot 8 maart 2026", or one date for a stay within a day. */
    String omschrijving() {
        return aankomst.equals(vertrek) ? Datums.datum(aankomst)
                : Datums.datum(aankomst) + " tot " + Datums.datum(vertrek);
    }
}
