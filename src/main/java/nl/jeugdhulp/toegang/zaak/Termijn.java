package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A deadline as the calendar computed it: from which day, its last day, the rule it follows, and whether it still
 * runs, was met, was overrun or lapsed. The zaak keeps one per soort ({@link Zaaktermijn}); each bezwaar keeps its own
 * beslistermijn. Both follow the rules here.
 */
@Embeddable
public record Termijn(LocalDate vanaf, LocalDate uiterlijk, String regel,
                      @Enumerated(EnumType.STRING) TermijnStatus status) {

    public static Termijn loopt(Termijnberekening berekening) {
        return new Termijn(berekening.vanaf(), berekening.uiterlijk(), berekening.regel(), TermijnStatus.LOPEND);
    }

    public boolean lopend() {
        return status == TermijnStatus.LOPEND;
    }

    /** The step was done: in time or not. An overrun stays on record as OVERSCHREDEN. */
    public Termijn afgesloten(boolean telaat) {
        return met(telaat ? TermijnStatus.OVERSCHREDEN : TermijnStatus.GEHAALD);
    }

    /** The step was done on {@code dag}: in time when on or before the last day. */
    public Termijn afgeslotenOp(LocalDate dag) {
        return afgesloten(dag.isAfter(uiterlijk));
    }

    public Termijn overschreden() {
        return met(TermijnStatus.OVERSCHREDEN);
    }

    public Termijn vervallen() {
        return met(TermijnStatus.VERVALLEN);
    }

    public Termijn verstreken() {
        return met(TermijnStatus.VERSTREKEN);
    }

    /** Suspended until the family answers (Awb 4:15 lid 1): it neither runs out nor can be met meanwhile. */
    public Termijn opgeschort() {
        return met(TermijnStatus.OPGESCHORT);
    }

    /** Moved by the days it was suspended (Awb 4:15) to a new last day: it runs again until then. */
    public Termijn verschoven(LocalDate nieuw) {
        return new Termijn(vanaf, nieuw, regel, TermijnStatus.LOPEND);
    }

    /** Moved to a new last day, once, with written notice (Awb 4:14, 7:10 lid 3): it runs again until then. */
    public Termijn verdaagd(LocalDate nieuw, String toelichting) {
        return new Termijn(vanaf, nieuw, regel + toelichting, TermijnStatus.LOPEND);
    }

    private Termijn met(TermijnStatus nieuw) {
        return new Termijn(vanaf, uiterlijk, regel, nieuw);
    }
}
