package nl.jeugdhulp.toegang.termijn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.gemeente.Startpunt;
import nl.jeugdhulp.toegang.gemeente.Verlenging;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Termijn;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The deadlines of a zaak, as the BPMN uses them ({@code ${termijnen...}}): started when their event
 * happens, closed when their step is done, and turned into the dates of timers and task due dates. A soort
 * kept outside the zaak (the beslistermijn of each bezwaar) is looked up at its {@link Termijnhouder}.
 */
@Component("termijnen")
@Transactional
public class Termijnbewaking {

    /** Tasklist shows a task as "follow up" this many werkdagen before its deadline. */
    static final int HERINNERING_WERKDAGEN = 3;

    private final ZaakService zaken;
    private final Gemeenten gemeenten;
    private final TermijnCalculator calculator;
    private final Werkdagenkalender kalender;
    private final EngineClock klok;
    private final List<Termijnhouder> houders;

    Termijnbewaking(ZaakService zaken, Gemeenten gemeenten, TermijnCalculator calculator,
                    Werkdagenkalender kalender, EngineClock klok, List<Termijnhouder> houders) {
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.calculator = calculator;
        this.kalender = kalender;
        this.klok = klok;
        this.houders = List.copyOf(houders);
    }

    /**
     * At registration: every term that counts from the melding starts running. An urgent melding gets only the
     * crisis terms, counted from the moment it is registered; its onderzoek terms start after the crisis.
     */
    public void startBijMelding(Zaak zaak) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        for (Termijnsoort soort : Termijnsoort.values()) {
            if (gemeente.regel(soort).na() != Startpunt.MELDING || soort.alleenBijSpoed() != zaak.isSpoed()) {
                continue;
            }
            zaak.voegToe(new Termijn(soort.alleenBijSpoed() ? calculator.bereken(gemeente, soort, klok.now())
                    : calculator.bereken(gemeente, soort, zaak.getOntvangen())));
        }
    }

    /**
     * After a crisis the follow-up help is fixed today; the terms of the onderzoek that count from the melding
     * count from today instead, so the family gets the full time for vooronderzoek and gesprek (a choice of
     * ours: the seeds do not say how the crisis route and the regular terms meet; see README "Routes").
     */
    public void startNaCrisis(Zaak zaak) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        for (Termijnsoort soort : Termijnsoort.values()) {
            if (gemeente.regel(soort).na() == Startpunt.MELDING && !soort.alleenBijSpoed() && zaak.termijn(soort).isEmpty()) {
                var berekening = calculator.bereken(gemeente, soort, klok.today());
                zaak.voegToe(new Termijn(new Termijnberekening(berekening.gemeente(), soort, berekening.vanaf(),
                        berekening.uiterlijk(), berekening.uiterlijkOm(),
                        berekening.regel() + "; na een crisis geteld vanaf het vastleggen van de vervolghulp",
                        berekening.uitleg())));
            }
        }
    }

    /** Starts a term from its event; a term that already runs (it counts from the melding) is left as it is. */
    public void start(DelegateExecution execution, String soort) {
        start(zaken.zaak(execution), Termijnsoort.valueOf(soort));
    }

    public void start(Zaak zaak, Termijnsoort soort) {
        if (houder(soort).isPresent()) {
            throw new IllegalStateException("Termijn " + soort + " wordt niet op de zaak bijgehouden");
        }
        if (zaak.termijn(soort).isPresent()) {
            return;
        }
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        LocalDate vanaf = switch (gemeente.regel(soort).na()) {
            case MELDING -> zaak.getOntvangen();
            case GESPREK -> zaak.getGesprekOfAfzien();
            case AANVRAAG -> zaak.getAanvraagDatum();
            case BESCHIKKING -> zaak.getBeschikkingVerzonden();
            case EINDE_BEZWAARTERMIJN -> zaak.termijn(Termijnsoort.BEZWAARTERMIJN).map(Termijn::getUiterlijk).orElse(null);
        };
        if (vanaf == null) {
            throw new IllegalStateException("Termijn " + soort + " kan nog niet starten: " + gemeente.regel(soort).na()
                    + " heeft nog niet plaatsgevonden in zaak " + zaak.getZaaknummer());
        }
        zaak.voegToe(new Termijn(calculator.bereken(gemeente, soort, vanaf)));
    }

    /** The step was done just now. */
    public void afsluiten(DelegateExecution execution, String soort) {
        termijn(zaken.zaak(execution), Termijnsoort.valueOf(soort)).afsluiten(klok.now());
    }

    /** The step was done on {@code datum}. */
    public void afsluiten(Zaak zaak, Termijnsoort soort, LocalDate datum) {
        termijn(zaak, soort).afsluiten(datum.atStartOfDay(EngineClock.ZONE).toInstant());
    }

    /** The step will not happen in this zaak: the family declined it, or let its own term pass. */
    public void vervallen(DelegateExecution execution, String soort) {
        vervallen(zaken.zaak(execution), Termijnsoort.valueOf(soort));
    }

    public void vervallen(Zaak zaak, Termijnsoort soort) {
        termijn(zaak, soort).vervallen();
    }

    /** As below, for the termijn the execution's process instance is about, wherever it is kept. */
    public boolean overschrijden(DelegateExecution execution, Termijnsoort soort) {
        Optional<Termijnhouder> houder = houder(soort);
        return houder.isPresent() ? houder.get().overschrijden(execution, soort) : overschrijden(zaken.zaak(execution), soort);
    }

    /**
     * The zaak leaves the route whose steps these terms measure (forwarded, referred, or decided by a
     * gecertificeerde instelling): every running term lapses, so none escalates or shows as at risk.
     */
    public void lopendeVervallen(DelegateExecution execution) {
        zaken.zaak(execution).getTermijnen().stream()
                .filter(termijn -> termijn.getStatus() == TermijnStatus.LOPEND)
                .forEach(Termijn::vervallen);
    }

    /**
     * Verdaging (Awb 4:14; Kampen 002 §2.5): the decision term moves once by the gemeente's verdaging, counted
     * from its last day. A second verdaging is refused.
     */
    public LocalDate verdagen(Zaak zaak, String reden) {
        controleerVerdaging(zaak);
        Termijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        Verlenging verdaging = gemeente.verdaging();
        termijn.verdagen(kalender.einde(termijn.getUiterlijk(), verdaging.aantal(), verdaging.eenheid(),
                gemeente.geslotenDagen()).uiterlijk(), verdaging.omschrijving(), reden);
        return termijn.getUiterlijk();
    }

    /** A verdaging is possible once, and only while the decision term still runs (Awb 4:14 lid 3). */
    public void controleerVerdaging(Zaak zaak) {
        Termijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        if (termijn.getStatus() != TermijnStatus.LOPEND || klok.today().isAfter(termijn.getUiterlijk())) {
            throw new Stapweigering("De beslistermijn van zaak " + zaak.getZaaknummer() + " is al verstreken ("
                    + termijn.getUiterlijk() + "); verdagen kan alleen binnen de termijn (Awb 4:14 lid 3)");
        }
        if (termijn.getOorspronkelijk().isPresent()) {
            throw new Stapweigering("De beslistermijn van zaak " + zaak.getZaaknummer()
                    + " is al eens verdaagd; dat kan maar één keer");
        }
    }

    /**
     * The deadline passed while its step was still open: OVERSCHREDEN. Returns false, changing nothing, when
     * the termijn was no longer running (e.g. VERVALLEN because the family wants no verslag).
     */
    public boolean overschrijden(Zaak zaak, Termijnsoort soort) {
        Termijn termijn = termijn(zaak, soort);
        if (termijn.getStatus() != TermijnStatus.LOPEND) {
            return false;
        }
        termijn.overschrijden();
        return true;
    }

    /**
     * Timer date: the deadline has passed at 00:00 (Europe/Amsterdam) on the day after the last day; an
     * hour-based term has passed at its moment.
     */
    public Date verstrijktOp(DelegateExecution execution, String soort) {
        return moment(execution, soort).map(Date::from)
                .orElseGet(() -> tijdstip(uiterlijk(execution, soort).plusDays(1), LocalTime.MIDNIGHT));
    }

    /** Due date of the task that meets the term: the end of its last day, or the moment of an hour-based term. */
    public Date vervaldatum(DelegateExecution execution, String soort) {
        return moment(execution, soort).map(Date::from)
                .orElseGet(() -> tijdstip(uiterlijk(execution, soort), LocalTime.of(23, 59)));
    }

    /**
     * Follow-up date of that task: a reminder a few werkdagen before the deadline; for an hour-based term,
     * an hour before it ends.
     */
    public Date herinnering(DelegateExecution execution, String soort) {
        Optional<Instant> moment = moment(execution, soort);
        if (moment.isPresent()) {
            return Date.from(moment.get().minus(Duration.ofHours(1)));
        }
        Zaak zaak = zaken.zaak(execution);
        LocalDate herinnering = kalender.werkdagenVoor(uiterlijk(execution, soort), HERINNERING_WERKDAGEN,
                gemeenten.get(zaak.getGemeente()).geslotenDagen());
        return tijdstip(herinnering, LocalTime.MIDNIGHT);
    }

    /**
     * For the Tasklist filter "Termijn binnen 5 werkdagen": the moment before which a task's due date falls
     * when its deadline is at most that many werkdagen away (national holidays; the filter spans gemeenten).
     */
    public Date binnenWerkdagen(int aantal) {
        LocalDate laatste = kalender.einde(klok.today(), aantal, Eenheid.WERKDAGEN, Map.of()).uiterlijk();
        return tijdstip(laatste.plusDays(1), LocalTime.MIDNIGHT);
    }

    private LocalDate uiterlijk(DelegateExecution execution, String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        Optional<Termijnhouder> houder = houder(termijnsoort);
        return houder.isPresent() ? houder.get().uiterlijk(execution, termijnsoort)
                : termijn(zaken.zaak(execution), termijnsoort).getUiterlijk();
    }

    /** The moment an hour-based term of the zaak ends; empty for terms counted in days. */
    private Optional<Instant> moment(DelegateExecution execution, String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        return houder(termijnsoort).isPresent() ? Optional.empty()
                : termijn(zaken.zaak(execution), termijnsoort).getUiterlijkOm();
    }

    private Optional<Termijnhouder> houder(Termijnsoort soort) {
        return houders.stream().filter(houder -> houder.houdt(soort)).findFirst();
    }

    private static Termijn termijn(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).orElseThrow(() -> new IllegalStateException(
                "Termijn " + soort + " loopt niet in zaak " + zaak.getZaaknummer()));
    }

    private static Date tijdstip(LocalDate dag, LocalTime tijd) {
        return Date.from(dag.atTime(tijd).atZone(EngineClock.ZONE).toInstant());
    }
}
