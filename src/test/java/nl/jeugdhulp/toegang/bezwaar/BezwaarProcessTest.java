package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.termijn.TermijnSignalering;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;
import nl.jeugdhulp.toegang.zaakoverzicht.ZaakViews;

/**
 * Every path and timer of {@code processes/bezwaar-behandelen.bpmn} on the real engine, delegates and dossier,
 * and the bezwaartermijn the beschikking starts on the zaak. The zaken get their beschikking through the real
 * main process, sent on Friday 13 November 2026: six weeks later is Eerste Kerstdag, so the bezwaartermijn runs
 * past both Christmas days and the Sunday to Monday 28 December 2026 (Awb 6:7, 6:8; Atw art 1). Coverage of
 * the bezwaar model is a build gate (at least 95% of its flow nodes and sequence flows); the main process only
 * sets the scene here and is measured by its own test.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({ProcessEngineCoverageConfiguration.class, BezwaarProcessTest.Dekking.class})
// Not one context with JeugdhulpToegangProcessTest: the coverage listener reads its gate
// (ProcessEngineCoverageProperties) from the application context, one bean per context, and the gates differ: this
// one leaves out the main process, run here only to reach a beschikking, which that test measures. Two contexts, and
// a JVM holds one Camunda engine: left open, the second fails to start ("process-engine:type=default ... already
// registered" with the MBeans container). So each closes after its class; the data they share in the JVM's H2
// database is kept apart by a zaak per test.
@DirtiesContext
class BezwaarProcessTest {

    private static final LocalDate EINDE_BEZWAARTERMIJN = LocalDate.of(2026, 12, 28);

    @TestConfiguration
    static class Dekking {
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().excludeProcessDefinitionKeys("jeugdhulp-toegang")
                    .assertClassCoverageAtLeast(0.95).build();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    BezwaarService bezwaren;
    @Autowired
    BezwaarRepository bezwaarDossiers;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    ZaakViews views;
    @Autowired
    TermijnSignalering signalering;
    @Autowired
    Termijnbewaking termijnbewaking;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void beschikkingVerzonden_startBezwaartermijnVanZesWeken_overKerstNaarMaandag() {
        String zaaknummer = zaakMetBeschikkingOp13November();

        Zaaktermijn bezwaartermijn = dossier(zaaknummer).termijn(Termijnsoort.BEZWAARTERMIJN).orElseThrow();
        assertThat(bezwaartermijn.getVanaf()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(bezwaartermijn.getUiterlijk()).isEqualTo(EINDE_BEZWAARTERMIJN);
        assertThat(bezwaartermijn.getStatus()).isEqualTo(TermijnStatus.LOPEND);
        assertThat(bezwaartermijn.getRegel()).isEqualTo("6 weken na verzending beschikking (Awb art 6:7 en 6:8)");
        assertThat(views.zichtbaar(zaaknummer).termijnen())
                .anySatisfy(t -> assertThat(t.soort() + " " + t.uiterlijk() + " " + t.status())
                        .isEqualTo("BEZWAARTERMIJN 2026-12-28 LOPEND"));
        // It is the family's term: nothing of the zaak runs or waits for it.
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count())
                .isZero();
    }

    @Test
    void geenBezwaarBinnenDeTermijn_deOchtendNaDeLaatsteDagVerstrijktHij() {
        String zaaknummer = zaakMetBeschikkingOp13November();

        // On its last day, Monday 28 December, the bezwaartermijn still runs; the next morning it has passed.
        zetKlok(LocalDateTime.of(2026, 12, 28, 6, 0));
        termijnbewaking.familietermijnenVerstrijken();
        assertThat(status(zaaknummer, Termijnsoort.BEZWAARTERMIJN)).isEqualTo(TermijnStatus.LOPEND);
        zetKlok(LocalDateTime.of(2026, 12, 29, 6, 0));
        assertThat(termijnbewaking.familietermijnenVerstrijken()).as("verstreken").isPositive();
        assertThat(status(zaaknummer, Termijnsoort.BEZWAARTERMIJN)).isEqualTo(TermijnStatus.VERSTREKEN);
        assertThat(views.zichtbaar(zaaknummer).termijnen())
                .anySatisfy(t -> assertThat(t.soort() + " " + t.status()).isEqualTo("BEZWAARTERMIJN VERSTREKEN"));
        // Nothing escalates: no process of the zaak runs for it.
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count())
                .isZero();

        // A bezwaar that still comes is registered as late, and the term stays as it was.
        zetKlok(LocalDateTime.of(2026, 12, 30, 10, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null));
        assertThat(bezwaar.isTijdig()).isFalse();
        assertThat(status(zaaknummer, Termijnsoort.BEZWAARTERMIJN)).isEqualTo(TermijnStatus.VERSTREKEN);
    }

    @Test
    void bezwaartermijn_wordtNietGesignaleerdOokAlsDeZaakNogLoopt() {
        // The beschikking is sent late (Kampen §2.5: 2 weeks after 13 November), so the case still runs with its
        // escalation task while the family's bezwaartermijn runs: from Monday 30 November to Monday 11 January.
        String zaaknummer = zaakMetBeschikking(true);
        ProcessInstance zaak = hoofdproces(zaaknummer);
        assertThat(zaak).isWaitingAt("Task_TermijnoverschrijdingBeoordelen");
        assertThat(dossier(zaaknummer).termijn(Termijnsoort.BEZWAARTERMIJN).orElseThrow().getUiterlijk())
                .isEqualTo(LocalDate.of(2027, 1, 11));

        zetKlok(LocalDateTime.of(2027, 1, 6, 6, 0));
        signalering.signaleer();
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(engine.getRuntimeService().getVariables(zaak.getId())).doesNotContainKey("eerstvolgendeTermijn");
    }

    @Test
    void ontvankelijkEnOngegrond_beslissingVerzondenBinnenZesWekenNaDeBezwaartermijn() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, "Fatima de Vries"));
        ProcessInstance pi = instantie(bezwaar);

        assertThat(bezwaar.getOntvangen()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(bezwaar.isTijdig()).isTrue();
        // Awb 7:10 lid 1: 6 weken na de bezwaartermijn (28 december 2026).
        assertThat(bezwaar.getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(bezwaar.getBeslistermijn().regel()).isEqualTo("6 weken na einde bezwaartermijn (Awb art 7:10 lid 1)");
        assertThat(status(zaaknummer, Termijnsoort.BEZWAARTERMIJN)).isEqualTo(TermijnStatus.GEHAALD);
        assertThat(pi).isWaitingAt("Task_BezwaarBeoordelen").hasBusinessKey(zaaknummer);
        assertThat(timer(pi, "Timer_BeoordelenBeslistermijnVerstreken").getDuedate())
                .isEqualTo(middernacht(LocalDate.of(2027, 2, 9)));
        Task beoordelen = taak(pi);
        assertThat(beoordelen).hasCandidateGroup("teamleiders");
        assertThat(beoordelen.getName()).isEqualTo("Bezwaar beoordelen · " + zaaknummer + " S. d.V.");
        assertThat(beoordelen.getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 2, 8, 23, 59)));
        // The main process's "one instance per zaak" rule is about its own instance: the bezwaar leaves it be.
        assertThat(dossier(zaaknummer).getProcesInstantieId()).isEqualTo(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("jeugdhulp-toegang").singleResult().getId());

        complete(beoordelen, withVariables("ontvankelijk", true));
        assertThat(pi).isWaitingAt("Task_BeslissingNemen");
        zetKlok(LocalDateTime.of(2027, 1, 20, 11, 0));
        assertThatThrownBy(() -> complete(taak(pi), withVariables("verdagen", false, "beslissing", "ONGEGROND")))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("motivering is verplicht");
        complete(taak(pi), withVariables("verdagen", false, "beslissing", "ONGEGROND",
                "motivering", "De beschikking volgt het ondersteuningsplan."));

        assertThat(pi).hasPassedInOrder("Task_BezwaarBeoordelen", "Task_BeslissingNemen", "Task_BeslissingVerzenden",
                "End_BeslissingVerzonden").hasNotPassed("Task_BeslissingVerdagen").isEnded();
        Bezwaar beslist = bezwaarDossiers.findById(bezwaar.getId()).orElseThrow();
        assertThat(beslist.getStatus()).isEqualTo(BezwaarStatus.BESLISSING_VERZONDEN);
        assertThat(beslist.getBeslissing()).isEqualTo(BeslissingOpBezwaar.ONGEGROND);
        assertThat(beslist.getMotivering()).isEqualTo("De beschikking volgt het ondersteuningsplan.");
        assertThat(beslist.getBeslissingVerzonden()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(beslist.getBeslistermijn().status()).isEqualTo(TermijnStatus.GEHAALD);
        // The reasons live in the dossier only, not in the engine's history.
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
                .list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains("beslissing", "ontvankelijk").doesNotContain("motivering");
    }

    /** Awb 7:5 lid 1 and 10:3 lid 3: the team leader who was regisseur and took the beschikking neither hears nor decides. */
    @Test
    void wieDeBeschikkingNam_claimtNochBehandeltHetBezwaar_eenAndereTeamleiderWel() {
        String zaaknummer = TestBeschikking.zaakMetBeschikkingVan(engine, meldingen, "teamleider");
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        ProcessInstance pi = instantie(bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, "Fatima de Vries")));

        var taken = engine.getTaskService();
        assertThatThrownBy(() -> taken.claim(taak(pi).getId(), "teamleider"))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("Awb 7:5 en 10:3 lid 3");
        assertThat(taak(pi).getAssignee()).isNull();
        taken.claim(taak(pi).getId(), "teamleider2");
        assertThatThrownBy(() -> alsTeamleider("teamleider", () -> complete(taak(pi), withVariables("ontvankelijk", true))))
                .isInstanceOf(AuthorizationException.class);
        assertThat(pi).isWaitingAt("Task_BezwaarBeoordelen");
        alsTeamleider("teamleider2", () -> complete(taak(pi), withVariables("ontvankelijk", true)));

        assertThat(pi).isWaitingAt("Task_BeslissingNemen");
        assertThatThrownBy(() -> taken.claim(taak(pi).getId(), "teamleider")).isInstanceOf(AuthorizationException.class);
        taken.claim(taak(pi).getId(), "teamleider2");
        alsTeamleider("teamleider2", () -> complete(taak(pi), withVariables("verdagen", false, "beslissing", "ONGEGROND",
                "motivering", "De beschikking volgt het ondersteuningsplan.")));
        assertThat(pi).hasPassed("End_BeslissingVerzonden").isEnded();
    }

    @Test
    void adviescommissie_twaalfWeken_gegrond() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 28, 16, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(LocalDate.of(2026, 12, 28), true, null));
        ProcessInstance pi = instantie(bezwaar);

        // On the last day is in time (Awb 6:9); Awb 7:10 lid 1 with an adviescommissie (7:13): 12 weeks.
        assertThat(bezwaar.isTijdig()).isTrue();
        assertThat(bezwaar.getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(bezwaar.getBeslistermijn().regel()).contains("12 weken").contains("art 7:13");
        assertThat(timer(pi, "Timer_BeoordelenBeslistermijnVerstreken").getDuedate())
                .isEqualTo(middernacht(LocalDate.of(2027, 3, 23)));

        complete(taak(pi), withVariables("ontvankelijk", true));
        complete(taak(pi), withVariables("verdagen", false, "beslissing", "GEGROND", "motivering", "Het PGB is te laag berekend."));

        assertThat(pi).hasPassed("End_BeslissingVerzonden").isEnded();
        assertThat(views.zichtbaar(zaaknummer).bezwaren()).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(bezwaar.getId());
            assertThat(view.adviescommissie()).isTrue();
            assertThat(view.beslistermijnUiterlijk()).isEqualTo(LocalDate.of(2027, 3, 22));
            assertThat(view.status()).isEqualTo(BezwaarStatus.BESLISSING_VERZONDEN);
            assertThat(view.beslissing()).isEqualTo(BeslissingOpBezwaar.GEGROND);
        });
    }

    @Test
    void teLaatEnNietVerschoonbaar_nietOntvankelijkVerklaard() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2027, 3, 16, 9, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(LocalDate.of(2027, 3, 16), false, null));
        ProcessInstance pi = instantie(bezwaar);

        assertThat(bezwaar.isTijdig()).isFalse();
        // The family's term passed: VERSTREKEN, not an overrun of the gemeente's.
        assertThat(status(zaaknummer, Termijnsoort.BEZWAARTERMIJN)).isEqualTo(TermijnStatus.VERSTREKEN);
        // Counted from the day after receipt: 6 weeks end on Koningsdag, Tuesday 27 April 2027, so Wednesday 28.
        assertThat(bezwaar.getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "bezwaarTijdig")).isEqualTo(false);

        Task beoordelen = taak(pi);
        assertThatThrownBy(() -> complete(beoordelen, withVariables("ontvankelijk", true,
                "termijnoverschrijdingVerschoonbaar", false)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("Awb 6:11");
        assertThatThrownBy(() -> complete(beoordelen, withVariables("ontvankelijk", false)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("termijnoverschrijdingVerschoonbaar is verplicht");
        complete(beoordelen, withVariables("ontvankelijk", false, "termijnoverschrijdingVerschoonbaar", false,
                "motivering", "Ingediend op 16 maart 2027, ruim na de bezwaartermijn; geen reden voor de vertraging."));

        assertThat(pi).hasPassedInOrder("Task_BezwaarBeoordelen", "Gateway_Ontvankelijk", "Task_BeslissingVerzenden",
                "End_BeslissingVerzonden").hasNotPassed("Task_BeslissingNemen").isEnded();
        Bezwaar beslist = bezwaarDossiers.findById(bezwaar.getId()).orElseThrow();
        assertThat(beslist.getOntvankelijk()).isFalse();
        assertThat(beslist.getTermijnoverschrijdingVerschoonbaar()).isFalse();
        assertThat(beslist.getBeslissing()).isEqualTo(BeslissingOpBezwaar.NIET_ONTVANKELIJK);
        assertThat(beslist.getMotivering()).startsWith("Ingediend op 16 maart 2027");
    }

    @Test
    void verdaging_eenmaalZesWeken_eenTweedeKeerGeweigerd() {
        ProcessInstance pi = ontvankelijkBezwaarOp1December();
        zetKlok(LocalDateTime.of(2027, 2, 1, 10, 0));
        complete(taak(pi), withVariables("verdagen", true));
        assertThat(pi).isWaitingAt("Task_BeslissingVerdagen");

        assertThatThrownBy(() -> complete(taak(pi), withVariables("verdagingMeegedeeld", "2027-02-02")))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("mag niet na vandaag liggen");
        complete(taak(pi), withVariables("verdagingMeegedeeld", "2027-02-01"));

        // Awb 7:10 lid 3: 8 February + 6 weeks, Monday 22 March 2027.
        assertThat(pi).isWaitingAt("Task_BeslissingNemen");
        Bezwaar bezwaar = bezwaar(pi);
        assertThat(bezwaar.getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(bezwaar.getVerdagingMeegedeeld()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(bezwaar.getBeslistermijn().regel()).endsWith("verdaagd: 6 weken (Awb art 7:10 lid 3)");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "beslistermijnUiterlijk")).isEqualTo("2027-03-22");
        assertThat(timer(pi, "Timer_BeslissingBeslistermijnVerstreken").getDuedate())
                .isEqualTo(middernacht(LocalDate.of(2027, 3, 23)));
        assertThat(taak(pi).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 3, 22, 23, 59)));

        zetKlok(LocalDateTime.of(2027, 3, 1, 10, 0));
        assertThatThrownBy(() -> complete(taak(pi), withVariables("verdagen", true)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("al verdaagd");
        assertThat(pi).isWaitingAt("Task_BeslissingNemen");

        complete(taak(pi), withVariables("verdagen", false, "beslissing", "ONGEGROND", "motivering", "Na horen ongegrond."));
        assertThat(pi).hasPassedInOrder("Task_BeslissingNemen", "Task_BeslissingVerdagen", "Task_BeslissingNemen",
                "Task_BeslissingVerzenden").isEnded();
        assertThat(opnieuw(bezwaar).getBeslistermijn().status()).isEqualTo(TermijnStatus.GEHAALD);
    }

    @Test
    void beslistermijnVerstreken_escaleertNaarTeamleiders_eenmaal() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null));
        ProcessInstance pi = instantie(bezwaar);

        zetKlok(LocalDateTime.of(2027, 2, 9, 0, 0));
        execute(timer(pi, "Timer_BeoordelenBeslistermijnVerstreken"));

        assertThat(pi).isWaitingAt("Task_BezwaarBeoordelen", "Task_BeslistermijnOverschrijdingBeoordelen");
        Task escalatie = escalatieTaak(pi);
        assertThat(escalatie).hasCandidateGroup("teamleiders");
        assertThat(escalatie.getName()).isEqualTo("Beslistermijn bezwaar verstreken · " + zaaknummer + " S. d.V.");
        // Escalated on Tuesday 9 February 2027: judged by the end of Thursday the 11th, reminded on Wednesday.
        assertThat(escalatie.getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 2, 11, 23, 59)));
        assertThat(escalatie.getFollowUpDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 2, 10, 0, 0)));
        assertThat(bezwaar(pi).getBeslistermijn().status()).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "termijnOverschreden")).isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "overschredenTermijnen")).isEqualTo("BESLISSING_OP_BEZWAAR");

        // The next step's timer is due at once; the term was already reported, so no second task.
        complete(taak(pi), withVariables("ontvankelijk", true));
        execute(timer(pi, "Timer_BeslissingBeslistermijnVerstreken"));
        assertThat(pi).hasPassed("End_TermijnAlAfgesloten");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_BeslistermijnOverschrijdingBeoordelen").count()).isEqualTo(1);

        // Too late to postpone (Awb 7:10 lid 3 only within the term).
        assertThatThrownBy(() -> complete(taak(pi), withVariables("verdagen", true)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("verstreken");

        complete(escalatie, withVariables("indienerGeinformeerd", true));
        complete(taak(pi), withVariables("verdagen", false, "beslissing", "ONGEGROND", "motivering", "Te laat, maar ongegrond."));
        assertThat(pi).hasPassed("End_TermijnoverschrijdingBeoordeeld", "End_BeslissingVerzonden").isEnded();
        assertThat(opnieuw(bezwaar).getBeslistermijn().status()).isEqualTo(TermijnStatus.OVERSCHREDEN);
    }

    @Test
    void verdagingOpTijdVerstuurdMaarLaatVastgelegd_termijnLooptWeer() {
        ProcessInstance pi = ontvankelijkBezwaarOp1December();
        zetKlok(LocalDateTime.of(2027, 2, 5, 10, 0));
        complete(taak(pi), withVariables("verdagen", true));

        // The letter went out on Monday 8 February, the last day, but is recorded after midnight.
        zetKlok(LocalDateTime.of(2027, 2, 9, 0, 0));
        execute(timer(pi, "Timer_VerdagenBeslistermijnVerstreken"));
        assertThat(pi).isWaitingAt("Task_BeslissingVerdagen", "Task_BeslistermijnOverschrijdingBeoordelen");
        assertThat(bezwaar(pi).getBeslistermijn().status()).isEqualTo(TermijnStatus.OVERSCHREDEN);

        zetKlok(LocalDateTime.of(2027, 2, 9, 9, 0));
        assertThatThrownBy(() -> complete(taak(pi), withVariables("verdagingMeegedeeld", "2027-02-09")))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("binnen de beslistermijn");
        complete(taak(pi), withVariables("verdagingMeegedeeld", "2027-02-08"));

        assertThat(pi).isWaitingAt("Task_BeslissingNemen", "Task_BeslistermijnOverschrijdingBeoordelen");
        assertThat(bezwaar(pi).getBeslistermijn().status()).isEqualTo(TermijnStatus.LOPEND);
        assertThat(bezwaar(pi).getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "verdagen")).isEqualTo(false);
    }

    @Test
    void geenVerdagingVerstuurd_termijnBlijftZoalsHijWas() {
        ProcessInstance pi = ontvankelijkBezwaarOp1December();
        zetKlok(LocalDateTime.of(2027, 2, 5, 10, 0));
        complete(taak(pi), withVariables("verdagen", true));
        complete(taak(pi), withVariables("verdagen", false));

        assertThat(pi).isWaitingAt("Task_BeslissingNemen");
        assertThat(bezwaar(pi).isVerdaagd()).isFalse();
        assertThat(bezwaar(pi).getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 2, 8));
    }

    @Test
    void tweedeBezwaarOpDezelfdeZaak_krijgtEigenProcesEnTermijn() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        Bezwaar eerste = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, "Fatima de Vries"));
        zetKlok(LocalDateTime.of(2027, 1, 4, 10, 0));
        Bezwaar tweede = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, true, "Sam de Vries"));

        assertThat(instantie(eerste).getId()).isNotEqualTo(instantie(tweede).getId());
        assertThat(tweede.isTijdig()).isFalse();
        // Late: counted from the day after receipt, Monday 4 January 2027, twelve weeks with the adviescommissie
        // to Monday 29 March 2027, Tweede Paasdag: Tuesday 30 March.
        assertThat(tweede.getBeslistermijn().uiterlijk()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(views.zichtbaar(zaaknummer).bezwaren()).extracting(BezwaarView::id)
                .containsExactly(eerste.getId(), tweede.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("bezwaar-behandelen").count()).isEqualTo(2);
    }

    @Test
    void tweedeProcesVoorHetzelfdeBezwaar_wordtGeweigerd() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        Bezwaar bezwaar = bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null));

        // Started by hand a second time for the same bezwaar: refused, as it would decide and escalate twice.
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("bezwaar-behandelen", zaaknummer,
                Map.of("bezwaarId", bezwaar.getId(), "gemeente", "kampen")))
                .hasRootCauseInstanceOf(NotValidException.class).rootCause().hasMessageContaining("heeft al een proces");
    }

    /** Beschikking (ZIN) sent on Friday 13 November 2026, see {@link TestBeschikking}. */
    private String zaakMetBeschikkingOp13November() {
        return zaakMetBeschikking(false);
    }

    private String zaakMetBeschikking(boolean beslistermijnLatenVerlopen) {
        String zaaknummer = TestBeschikking.zaakMetBeschikking(engine, meldingen, beslistermijnLatenVerlopen);
        assertThat(dossier(zaaknummer).getBeschikking().verzonden()).isNotNull();
        return zaaknummer;
    }

    /** A bezwaar received in time on 1 December 2026, judged admissible: waiting for the decision until 8 February 2027. */
    private ProcessInstance ontvankelijkBezwaarOp1December() {
        String zaaknummer = zaakMetBeschikkingOp13November();
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        ProcessInstance pi = instantie(bezwaren.registreer(zaaknummer, new BezwaarRequest(null, false, null)));
        complete(taak(pi), withVariables("ontvankelijk", true));
        assertThat(pi).isWaitingAt("Task_BeslissingNemen");
        return pi;
    }

    private ProcessInstance hoofdproces(String zaaknummer) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("jeugdhulp-toegang").singleResult();
    }

    private ProcessInstance instantie(Bezwaar bezwaar) {
        String id = bezwaarDossiers.findById(bezwaar.getId()).orElseThrow().getProcesInstantieId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Bezwaar bezwaar(ProcessInstance pi) {
        Long id = (Long) engine.getRuntimeService().getVariable(pi.getId(), "bezwaarId");
        return bezwaarDossiers.findById(id).orElseThrow();
    }

    private Bezwaar opnieuw(Bezwaar bezwaar) {
        return bezwaarDossiers.findById(bezwaar.getId()).orElseThrow();
    }

    /** The open bezwaar step (not the escalation). */
    private void alsTeamleider(String gebruiker, Runnable stap) {
        engine.getIdentityService().setAuthentication(gebruiker, List.of("teamleiders"), List.of("kampen"));
        try {
            stap.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Task taak(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKeyIn("Task_BezwaarBeoordelen", "Task_BeslissingNemen", "Task_BeslissingVerdagen")
                .singleResult();
    }

    private Task escalatieTaak(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_BeslistermijnOverschrijdingBeoordelen").singleResult();
    }

    private Job timer(ProcessInstance pi, String activiteit) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activiteit).singleResult();
    }

    private Zaak dossier(String zaaknummer) {
        return zaken.findByZaaknummer(zaaknummer).orElseThrow();
    }

    private TermijnStatus status(String zaaknummer, Termijnsoort soort) {
        return dossier(zaaknummer).termijn(soort).orElseThrow().getStatus();
    }

    private static Date middernacht(LocalDate dag) {
        return TestKlok.tijdstip(dag.atStartOfDay());
    }
}
