package nl.jeugdhulp.toegang.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * The zaak's termijn of one soort, as computed when its starting event happened: a {@link Termijn}, and for an
 * hour-based term the moment it ends, after a verdaging the last day it had before, and the day its step was done.
 */
@Entity
@Table(name = "termijn")
public class Zaaktermijn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "termijn_seq")
    @SequenceGenerator(name = "termijn_seq", sequenceName = "termijn_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Termijnsoort soort;

    @Embedded
    private Termijn termijn;

    /** Only for an hour-based term: the moment it ends. */
    private Instant uiterlijkOm;

    /** The last day before a verdaging moved it (Awb 4:14); null when the term was never extended. */
    private LocalDate oorspronkelijk;

    /** The day its step was done, in time or late; null while the step is still to come. */
    private LocalDate afgerond;

    protected Zaaktermijn() {
    }

    public Zaaktermijn(Termijnberekening berekening) {
        this.soort = berekening.soort();
        this.termijn = Termijn.loopt(berekening);
        this.uiterlijkOm = berekening.uiterlijkOm();
    }

    /** The step was done at {@code moment}: for an hour-based term the moment counts, otherwise the day. */
    public void afsluiten(Instant moment) {
        afgerond = moment.atZone(EngineClock.ZONE).toLocalDate();
        termijn = uiterlijkOm != null ? termijn.afgesloten(moment.isAfter(uiterlijkOm))
                : termijn.afgeslotenOp(moment.atZone(EngineClock.ZONE).toLocalDate());
        if (termijn.status() == TermijnStatus.OVERSCHREDEN && !soort.wordtBewaakt()) {
            // The family's own term passed before its step came (a late bezwaar): no overrun of the gemeente.
            termijn = termijn.verstreken();
        }
    }

    /**
     * Awb 4:14: the decision term is extended once, by written notice, to a new last day. The rule then says so: by
     * how long, on which policy, and why.
     */
    public void verdagen(LocalDate nieuw, String verdaging, String reden) {
        oorspronkelijk = termijn.uiterlijk();
        termijn = termijn.verdaagd(nieuw, "; verdaagd met " + verdaging + ": " + reden);
    }

    public void overschrijden() {
        termijn = termijn.overschreden();
    }

    public void vervallen() {
        termijn = termijn.vervallen();
    }

    public Termijnsoort getSoort() {
        return soort;
    }

    public LocalDate getVanaf() {
        return termijn.vanaf();
    }

    public LocalDate getUiterlijk() {
        return termijn.uiterlijk();
    }

    public Optional<Instant> getUiterlijkOm() {
        return Optional.ofNullable(uiterlijkOm);
    }

    public Optional<LocalDate> getOorspronkelijk() {
        return Optional.ofNullable(oorspronkelijk);
    }

    public Optional<LocalDate> getAfgerond() {
        return Optional.ofNullable(afgerond);
    }

    public String getRegel() {
        return termijn.regel();
    }

    public TermijnStatus getStatus() {
        return termijn.status();
    }
}
