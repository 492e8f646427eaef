package nl.jeugdhulp.toegang.termijn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The termijnen as the BPMN uses them ({@code ${termijnen...}}): an execution and a soort's name in, the zaak read
 * once, {@link Termijnbewaking} doing the work, and {@link Date}s out for timers and task due dates. A soort kept
 * outside the zaak (the beslistermijn of each bezwaar) is looked up at its {@link Termijnhouder}.
 */
@Component("termijnen")
@Transactional
public class Termijnen {

    private final ZaakService zaken;
    private final Termijnbewaking bewaking;
    private final List<Termijnhouder> houders;

    Termijnen(ZaakService zaken, Termijnbewaking bewaking, List<Termijnhouder> houders) {
        this.zaken = zaken;
        this.bewaking = bewaking;
        this.houders = List.copyOf(houders);
    }

    public void start(DelegateExecution execution, String soort) {
        bewaking.start(zaken.zaak(execution), opZaak(soort));
    }

    /** The step was done just now. */
    public void afsluiten(DelegateExecution execution, String soort) {
        bewaking.afsluiten(zaken.zaak(execution), opZaak(soort));
    }

    public void vervallen(DelegateExecution execution, String soort) {
        bewaking.vervallen(zaken.zaak(execution), opZaak(soort));
    }

    public void lopendeVervallen(DelegateExecution execution) {
        bewaking.lopendeVervallen(zaken.zaak(execution));
    }

    /** The termijn the execution's process instance is about is overrun, wherever it is kept; false if it no longer ran. */
    public boolean overschrijden(DelegateExecution execution, Termijnsoort soort) {
        Optional<Termijnhouder> houder = houder(soort);
        return houder.isPresent() ? houder.get().overschrijden(execution, soort) : bewaking.overschrijden(zaken.zaak(execution), soort);
    }

    /**
     * Timer date: the deadline has passed at 00:00 (Europe/Amsterdam) on the day after the last day; an
     * hour-based term has passed at its moment.
     */
    public Date verstrijktOp(DelegateExecution execution, String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        Optional<Termijnhouder> houder = houder(termijnsoort);
        if (houder.isPresent()) {
            return EngineClock.tijdstip(houder.get().uiterlijk(execution, termijnsoort).plusDays(1), LocalTime.MIDNIGHT);
        }
        Zaak zaak = zaken.zaak(execution);
        return bewaking.moment(zaak, termijnsoort).map(Date::from)
                .orElseGet(() -> EngineClock.tijdstip(bewaking.uiterlijk(zaak, termijnsoort).plusDays(1), LocalTime.MIDNIGHT));
    }

    /** Due date of the task that meets the term: the end of its last day, or the moment of an hour-based term. */
    public Date vervaldatum(DelegateExecution execution, String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        Optional<Termijnhouder> houder = houder(termijnsoort);
        if (houder.isPresent()) {
            return EngineClock.tijdstip(houder.get().uiterlijk(execution, termijnsoort), LocalTime.of(23, 59));
        }
        Zaak zaak = zaken.zaak(execution);
        return bewaking.moment(zaak, termijnsoort).map(Date::from)
                .orElseGet(() -> EngineClock.tijdstip(bewaking.uiterlijk(zaak, termijnsoort), LocalTime.of(23, 59)));
    }

    /**
     * Follow-up date of that task: a reminder a few werkdagen before the deadline; for an hour-based term,
     * an hour before it ends.
     */
    public Date herinnering(DelegateExecution execution, String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        Zaak zaak = zaken.zaak(execution);
        Optional<Termijnhouder> houder = houder(termijnsoort);
        if (houder.isEmpty()) {
            Optional<Instant> moment = bewaking.moment(zaak, termijnsoort);
            if (moment.isPresent()) {
                return Date.from(moment.get().minus(Duration.ofHours(1)));
            }
        }
        LocalDate uiterlijk = houder.isPresent() ? houder.get().uiterlijk(execution, termijnsoort)
                : bewaking.uiterlijk(zaak, termijnsoort);
        return EngineClock.tijdstip(bewaking.herinnering(zaak, uiterlijk), LocalTime.MIDNIGHT);
    }

    /**
     * Due date of a team leader's escalation task ("Termijnoverschrijding beoordelen", "Beslistermijn bezwaar
     * verstreken"): the end of its last day.
     */
    public Date beoordelenUiterlijk(DelegateExecution execution) {
        return EngineClock.tijdstip(bewaking.beoordelenUiterlijk(zaken.zaak(execution)), LocalTime.of(23, 59));
    }

    /** Follow-up date of that task: the start of the werkdag before. */
    public Date beoordelenHerinnering(DelegateExecution execution) {
        return EngineClock.tijdstip(bewaking.beoordelenHerinnering(zaken.zaak(execution)), LocalTime.MIDNIGHT);
    }

    /**
     * For the Tasklist filter "Termijn binnen 5 werkdagen": the moment before which a task's due date falls
     * when its deadline is at most that many werkdagen away.
     */
    public Date binnenWerkdagen(int aantal) {
        return EngineClock.tijdstip(bewaking.binnenWerkdagen(aantal).plusDays(1), LocalTime.MIDNIGHT);
    }

    private Termijnsoort opZaak(String soort) {
        Termijnsoort termijnsoort = Termijnsoort.valueOf(soort);
        if (houder(termijnsoort).isPresent()) {
            throw new IllegalStateException("Termijn " + soort + " wordt niet op de zaak bijgehouden");
        }
        return termijnsoort;
    }

    private Optional<Termijnhouder> houder(Termijnsoort soort) {
        return houders.stream().filter(houder -> houder.houdt(soort)).findFirst();
    }
}
