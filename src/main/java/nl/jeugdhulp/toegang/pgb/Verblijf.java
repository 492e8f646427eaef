package nl.jeugdhulp.toegang.pgb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.exception.NotValidException;

import nl.jeugdhulp.toegang.termijn.Datums;

/** One stay in kortdurend verblijf, from the day of arrival to the day of departure. */
public record Verblijf(LocalDate aankomst, LocalDate vertrek) {

    public Verblijf {
        if (aankomst == null) {
            throw new NotValidException("aankomst: de aankomstdatum van een verblijf ontbreekt");
        }
        if (vertrek == null) {
            throw new NotValidException("vertrek: de vertrekdatum van het verblijf vanaf " + aankomst + " ontbreekt");
        }
        if (vertrek.isBefore(aankomst)) {
            throw new NotValidException("vertrek: " + vertrek + " ligt voor de aankomst op " + aankomst);
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
