package nl.jeugdhulp.toegang.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import nl.jeugdhulp.toegang.proces.EngineClock;

/** One running or closed deadline of a zaak, as computed when its starting event happened. */
@Entity
public class Termijn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "termijn_seq")
    @SequenceGenerator(name = "termijn_seq", sequenceName = "termijn_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Termijnsoort soort;

    @Column(nullable = false)
    private LocalDate vanaf;

    @Column(nullable = false)
    private LocalDate uiterlijk;

    /** Only for an hour-based term: the moment it ends. */
    private Instant uiterlijkOm;

    /** The last day before a verdaging moved it (Awb 4:14); null when the term was never extended. */
    private LocalDate oorspronkelijk;

    @Column(nullable = false)
    private String regel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TermijnStatus status = TermijnStatus.LOPEND;

    protected Termijn() {
    }

    public Termijn(Termijnberekening berekening) {
        this.soort = berekening.soort();
        this.vanaf = berekening.vanaf();
        this.uiterlijk = berekening.uiterlijk();
        this.uiterlijkOm = berekening.uiterlijkOm();
        this.regel = berekening.regel();
    }

    /** The step was done at {@code moment}: in time or not. An overrun stays on record as OVERSCHREDEN. */
    public void afsluiten(Instant moment) {
        boolean telaat = uiterlijkOm != null ? moment.isAfter(uiterlijkOm)
                : moment.atZone(EngineClock.ZONE).toLocalDate().isAfter(uiterlijk);
        status = telaat ? TermijnStatus.OVERSCHREDEN : TermijnStatus.GEHAALD;
    }

    /**
     * Awb 4:14: the decision term is extended once, by written notice, to a new last day. The rule then says so: by
     * how long, on which policy, and why.
     */
    public void verdagen(LocalDate nieuw, String verdaging, String reden) {
        oorspronkelijk = uiterlijk;
        uiterlijk = nieuw;
        regel = regel + "; verdaagd met " + verdaging + ": " + reden;
    }

    public void overschrijden() {
        status = TermijnStatus.OVERSCHREDEN;
    }

    public void vervallen() {
        status = TermijnStatus.VERVALLEN;
    }

    public Termijnsoort getSoort() {
        return soort;
    }

    public LocalDate getVanaf() {
        return vanaf;
    }

    public LocalDate getUiterlijk() {
        return uiterlijk;
    }

    public Optional<Instant> getUiterlijkOm() {
        return Optional.ofNullable(uiterlijkOm);
    }

    public Optional<LocalDate> getOorspronkelijk() {
        return Optional.ofNullable(oorspronkelijk);
    }

    public String getRegel() {
        return regel;
    }

    public TermijnStatus getStatus() {
        return status;
    }
}
