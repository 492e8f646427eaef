package nl.jeugdhulp.toegang.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * The zaak's termijn of one soort, as computed when its starting event happened: a {@link Termijn}, and for an
 * hour-based term the moment it ends, the day its count ends on the calendar, the last day it had before a
 * verdaging or a suspension moved it, its suspensions, and the day its step was done.
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

    /**
     * The day the count ends on the calendar, before the Atw moved it to a werkdag: a suspension (Awb 4:15) extends
     * the count from here. The last day itself for a term in werkdagen or hours.
     */
    private LocalDate kalendereinde;

    /** The last day as first computed, before a verdaging or a suspension moved it; null while it never moved. */
    private LocalDate oorspronkelijk;

    /** The last day just before the verdaging moved it (Awb 4:14); null when the term was not verdaagd. */
    private LocalDate verdaagdVan;

    /**
     * The periods the term did not run (Awb 4:15), in the order they began. Loaded with the zaak, in one query for all
     * its termijnen, as the views and letters read the zaak after its own transaction.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "opschorting", joinColumns = @JoinColumn(name = "termijn_id"))
    @OrderColumn(name = "volgnummer")
    private List<Opschorting> opschortingen = new ArrayList<>();

    /** The day its step was done, in time or late; null while the step is still to come. */
    private LocalDate afgerond;

    protected Zaaktermijn() {
    }

    public Zaaktermijn(Termijnberekening berekening) {
        this.soort = berekening.soort();
        this.termijn = Termijn.loopt(berekening);
        this.uiterlijkOm = berekening.uiterlijkOm();
        this.kalendereinde = berekening.kalendereinde();
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
    public void verdagen(LocalDate nieuwKalendereinde, LocalDate nieuw, String verdaging, String reden) {
        verdaagdVan = termijn.uiterlijk();
        verschuif(nieuwKalendereinde, nieuw);
        termijn = termijn.verdaagd(nieuw, "; verdaagd met " + verdaging + ": " + reden);
    }

    /**
     * Awb 4:15: the term stops running. A period known in full moves the last day at once ({@link #verschuiven}); a
     * request for aanvulling suspends it until {@link #hervatten}, and meanwhile it can neither be met nor overrun.
     */
    public void opschorten(Opschorting opschorting) {
        opschortingen.add(opschorting);
        if (opschorting.loopt()) {
            termijn = termijn.opgeschort();
        }
    }

    /** The running suspension ended on {@code laatsteDag}: the term runs again, on its moved last day. */
    public Opschorting hervatten(LocalDate laatsteDag) {
        Opschorting lopend = lopendeOpschorting().orElseThrow(() -> new IllegalStateException(
                "Termijn " + soort + " is niet opgeschort"));
        Opschorting beeindigd = lopend.beeindigd(laatsteDag);
        opschortingen.set(opschortingen.indexOf(lopend), beeindigd);
        return beeindigd;
    }

    /**
     * The count ends that many days later on the calendar, and the term's last day is {@code uiterlijk}: the werkdag
     * the calendar gave for that count. The term runs again.
     */
    public void verschuiven(LocalDate nieuwKalendereinde, LocalDate uiterlijk) {
        verschuif(nieuwKalendereinde, uiterlijk);
        termijn = termijn.verschoven(uiterlijk);
    }

    private void verschuif(LocalDate nieuwKalendereinde, LocalDate uiterlijk) {
        if (oorspronkelijk == null && !uiterlijk.equals(termijn.uiterlijk())) {
            oorspronkelijk = termijn.uiterlijk();
        }
        kalendereinde = nieuwKalendereinde;
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

    public LocalDate getKalendereinde() {
        return kalendereinde;
    }

    public Optional<LocalDate> getOorspronkelijk() {
        return Optional.ofNullable(oorspronkelijk);
    }

    public Optional<LocalDate> getVerdaagdVan() {
        return Optional.ofNullable(verdaagdVan);
    }

    public List<Opschorting> getOpschortingen() {
        return List.copyOf(opschortingen);
    }

    public Optional<Opschorting> lopendeOpschorting() {
        return opschortingen.stream().filter(Opschorting::loopt).findFirst();
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
