package nl.jeugdhulp.toegang.tasklist;

import static nl.jeugdhulp.toegang.TestKlok.tijdstip;
import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.bezwaar.Bezwaar;
import nl.jeugdhulp.toegang.bezwaar.BezwaarRequest;
import nl.jeugdhulp.toegang.bezwaar.BezwaarService;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.proces.Groepen;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/** The saved Tasklist filters as the engine runs them: which tasks each shows, on which day, to whom. */
@ToegangIT
class TasklistFiltersIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    BezwaarService bezwaren;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void termijnBinnenVijfWerkdagen_teltWerkdagenEnFeestdagen() {
        // Melding Thursday 17 December 2026 in Kampen: AFSPRAAK within 10 werkdagen, skipping both Christmas
        // days and New Year's Day, ends Monday 4 January 2027 (Kampen 002 §2.3.1).
        zetKlok(LocalDateTime.of(2026, 12, 17, 9, 0));
        Task afspraak = taakVan(registreer(LocalDate.of(2026, 12, 17)));
        assertThat(afspraak.getDueDate()).isEqualTo(tijdstip(LocalDateTime.of(2027, 1, 4, 23, 59)));

        // On Wednesday 23 December five werkdagen reach Thursday 31 December: not yet shown. On Thursday
        // 24 December they reach Monday 4 January, as Christmas, the weekends and New Year's Day don't count.
        zetKlok(LocalDateTime.of(2026, 12, 23, 9, 0));
        assertThat(ids(TasklistFilters.TERMIJN_BINNEN_5_WERKDAGEN)).doesNotContain(afspraak.getId());
        zetKlok(LocalDateTime.of(2026, 12, 24, 9, 0));
        assertThat(ids(TasklistFilters.TERMIJN_BINNEN_5_WERKDAGEN)).contains(afspraak.getId());
    }

    @Test
    void termijnVerstreken_toontDeEscalatieAanTeamleiders_nietAanConsulenten() {
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        String zaaknummer = registreer(LocalDate.of(2026, 11, 13));
        String instantie = zaken.findByZaaknummer(zaaknummer).orElseThrow().getProcesInstantieId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instantie).timers()
                .activityId("Timer_AfspraakTermijnVerstreken").singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());

        Task escalatie = engine.getTaskService().createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey("Task_TermijnoverschrijdingBeoordelen").singleResult();
        assertThat(ids(TasklistFilters.TERMIJN_VERSTREKEN)).contains(escalatie.getId());

        aangemeld("consulent", Groepen.CONSULENTEN);
        assertThat(engine.getFilterService().createTaskFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrder(TasklistFilters.MIJN_TAKEN, TasklistFilters.TAKEN_VAN_MIJN_TEAM,
                        TasklistFilters.TERMIJN_BINNEN_5_WERKDAGEN);
    }

    @Test
    void bezwaren_enHunVerstrekenBeslistermijn_bijDeTeamleiders() {
        String zaaknummer = TestBeschikking.zaakMetBeschikking(engine, meldingen, false);
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null));
        Task beoordelen = engine.getTaskService().createTaskQuery().processInstanceId(bezwaar.getProcesInstantieId())
                .singleResult();

        aangemeld("teamleider", Groepen.TEAMLEIDERS);
        assertThat(ids(TasklistFilters.BEZWAREN)).contains(beoordelen.getId());
        assertThat(ids(TasklistFilters.TAKEN_VAN_MIJN_TEAM)).doesNotContain(beoordelen.getId());
        engine.getIdentityService().clearAuthentication();

        // Awb 7:10: 6 weeks after the bezwaartermijn (28 December 2026) ended: the timer fires on 9 February 2027.
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(bezwaar.getProcesInstantieId())
                .timers().activityId("Timer_BeoordelenBeslistermijnVerstreken").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(tijdstip(LocalDateTime.of(2027, 2, 9, 0, 0)));
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        Task escalatie = engine.getTaskService().createTaskQuery().processInstanceId(bezwaar.getProcesInstantieId())
                .taskDefinitionKey("Task_BeslistermijnOverschrijdingBeoordelen").singleResult();
        assertThat(ids(TasklistFilters.TERMIJN_VERSTREKEN)).contains(escalatie.getId(), beoordelen.getId());
    }

    @Test
    void mijnTaken_zijnDeTakenVanDeIngelogdeConsulent() {
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        Task afspraak = taakVan(registreer(LocalDate.of(2026, 11, 13)));
        engine.getTaskService().claim(afspraak.getId(), "consulent");

        aangemeld("consulent", Groepen.CONSULENTEN);
        assertThat(ids(TasklistFilters.MIJN_TAKEN)).contains(afspraak.getId());
        aangemeld("teamleider", Groepen.TEAMLEIDERS);
        assertThat(ids(TasklistFilters.MIJN_TAKEN)).doesNotContain(afspraak.getId());
        assertThat(ids(TasklistFilters.TAKEN_VAN_MIJN_TEAM)).contains(afspraak.getId());
    }

    /** Logged in as a user of Kampen, where these tests' zaken are. */
    private void aangemeld(String gebruiker, String groep) {
        engine.getIdentityService().setAuthentication(gebruiker, List.of(groep), List.of("kampen"));
    }

    private List<String> ids(String filter) {
        Filter opgeslagen = engine.getFilterService().createTaskFilterQuery().filterName(filter).singleResult();
        return engine.getFilterService().<Task>list(opgeslagen.getId()).stream().map(Task::getId).toList();
    }

    private String registreer(LocalDate ontvangen) {
        String zaaknummer = meldingen.registreer(TestMelding.vanSam("kampen", ontvangen, LocalDate.of(2014, 5, 2)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return zaaknummer;
    }

    private Task taakVan(String zaaknummer) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaaknummer).singleResult();
    }
}
