package nl.jeugdhulp.toegang.zaak;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One decision in a zaak and why it was taken: the route, a waiver agreed with the family, the outcome of a
 * policy rule (DMN) or a team leader's approval. Letters and audits read the motivering from here.
 */
@Entity
public class Beslissing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beslissing_seq")
    @SequenceGenerator(name = "beslissing_seq", sequenceName = "beslissing_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private String soort;

    @Column(nullable = false)
    private String uitkomst;

    @Column(nullable = false, length = 4000)
    private String motivering;

    @Column(nullable = false)
    private Instant genomen;

    /** The user who decided, or "regel <decision key> v<version>" for a DMN table. */
    @Column(nullable = false)
    private String door;

    protected Beslissing() {
    }

    public Beslissing(String soort, String uitkomst, String motivering, Instant genomen, String door) {
        this.soort = soort;
        this.uitkomst = uitkomst;
        this.motivering = motivering;
        this.genomen = genomen;
        this.door = door;
    }

    public String getSoort() {
        return soort;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public String getMotivering() {
        return motivering;
    }

    public Instant getGenomen() {
        return genomen;
    }

    public String getDoor() {
        return door;
    }
}
