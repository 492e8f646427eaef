package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

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
        this.regel = berekening.regel();
    }

    /** The step was done on {@code datum}: in time or not. An overrun stays on record as OVERSCHREDEN. */
    void afsluiten(LocalDate datum) {
        status = datum.isAfter(uiterlijk) ? TermijnStatus.OVERSCHREDEN : TermijnStatus.GEHAALD;
    }

    void overschrijden() {
        status = TermijnStatus.OVERSCHREDEN;
    }

    void vervallen() {
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

    public String getRegel() {
        return regel;
    }

    public TermijnStatus getStatus() {
        return status;
    }
}
