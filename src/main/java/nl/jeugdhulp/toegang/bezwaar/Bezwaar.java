package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import nl.jeugdhulp.toegang.zaak.Termijn;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;

/**
 * One bezwaar against the beschikking of a zaak, with its own beslistermijn (Awb 7:10). A zaak can have
 * several, so the term lives here and not among the zaak's termijnen: a {@link Termijn} with the same rules. The
 * indiener's name and the motivering stay in this table; the process instance carries the id, dates and flags.
 */
@Entity
public class Bezwaar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bezwaar_seq")
    @SequenceGenerator(name = "bezwaar_seq", sequenceName = "bezwaar_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private Long zaakId;

    @Column(unique = true)
    private String procesInstantieId;

    private String indiener;

    @Column(nullable = false)
    private LocalDate ontvangen;

    @Column(nullable = false)
    private boolean tijdig;

    @Column(nullable = false)
    private boolean adviescommissie;

    @Embedded
    @AttributeOverride(name = "vanaf", column = @Column(name = "beslistermijn_vanaf", nullable = false))
    @AttributeOverride(name = "uiterlijk", column = @Column(name = "beslistermijn_uiterlijk", nullable = false))
    @AttributeOverride(name = "regel", column = @Column(name = "beslistermijn_regel", nullable = false))
    @AttributeOverride(name = "status", column = @Column(name = "beslistermijn_status", nullable = false))
    private Termijn beslistermijn;

    private LocalDate verdagingMeegedeeld;

    private Boolean ontvankelijk;

    private Boolean termijnoverschrijdingVerschoonbaar;

    @Enumerated(EnumType.STRING)
    private BeslissingOpBezwaar beslissing;

    @Column(length = 10000)
    private String motivering;

    private LocalDate beslissingVerzonden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BezwaarStatus status = BezwaarStatus.IN_BEHANDELING;

    protected Bezwaar() {
    }

    Bezwaar(Long zaakId, String indiener, LocalDate ontvangen, boolean tijdig, boolean adviescommissie,
            Termijnberekening beslistermijn) {
        this.zaakId = zaakId;
        this.indiener = indiener;
        this.ontvangen = ontvangen;
        this.tijdig = tijdig;
        this.adviescommissie = adviescommissie;
        this.beslistermijn = Termijn.loopt(beslistermijn);
    }

    void koppel(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void beoordeeld(boolean ontvankelijk, Boolean verschoonbaar) {
        this.ontvankelijk = ontvankelijk;
        this.termijnoverschrijdingVerschoonbaar = verschoonbaar;
    }

    /**
     * Awb 7:10 lid 3: once, with written notice on {@code meegedeeld}, a day within the term. A notice sent in time
     * but recorded after the term's timer fired means the term had not passed after all: it runs again.
     */
    void verdaag(LocalDate meegedeeld, Termijnberekening verdaagd) {
        this.verdagingMeegedeeld = meegedeeld;
        this.beslistermijn = beslistermijn.verdaagd(verdaagd.uiterlijk(), "; verdaagd: " + verdaagd.regel());
    }

    boolean isVerdaagd() {
        return verdagingMeegedeeld != null;
    }

    void beslis(BeslissingOpBezwaar beslissing, String motivering) {
        this.beslissing = beslissing;
        this.motivering = motivering;
    }

    /** The decision went out on {@code datum}: in time or not. An overrun stays on record as OVERSCHREDEN. */
    void verzonden(LocalDate datum) {
        this.beslissingVerzonden = datum;
        this.status = BezwaarStatus.BESLISSING_VERZONDEN;
        if (beslistermijn.lopend()) {
            beslistermijn = beslistermijn.afgeslotenOp(datum);
        }
    }

    /** False, changing nothing, when the term no longer ran (decided in time, or already escalated). */
    boolean overschrijden() {
        if (!beslistermijn.lopend()) {
            return false;
        }
        beslistermijn = beslistermijn.overschreden();
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getZaakId() {
        return zaakId;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getIndiener() {
        return indiener;
    }

    public LocalDate getOntvangen() {
        return ontvangen;
    }

    public boolean isTijdig() {
        return tijdig;
    }

    public boolean isAdviescommissie() {
        return adviescommissie;
    }

    /** Awb 7:10: its own, counted from the end of the bezwaartermijn. */
    public Termijn getBeslistermijn() {
        return beslistermijn;
    }

    public LocalDate getVerdagingMeegedeeld() {
        return verdagingMeegedeeld;
    }

    public Boolean getOntvankelijk() {
        return ontvankelijk;
    }

    public Boolean getTermijnoverschrijdingVerschoonbaar() {
        return termijnoverschrijdingVerschoonbaar;
    }

    public BeslissingOpBezwaar getBeslissing() {
        return beslissing;
    }

    public String getMotivering() {
        return motivering;
    }

    public LocalDate getBeslissingVerzonden() {
        return beslissingVerzonden;
    }

    public BezwaarStatus getStatus() {
        return status;
    }
}
