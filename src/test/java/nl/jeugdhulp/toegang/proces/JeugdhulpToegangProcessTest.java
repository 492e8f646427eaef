package nl.jeugdhulp.toegang.proces;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstanceQuery;
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

import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.dwangsom.IngebrekestellingRequest;
import nl.jeugdhulp.toegang.dwangsom.IngebrekestellingView;
import nl.jeugdhulp.toegang.dwangsom.Ingebrekestellingen;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.termijn.TermijnSignalering;
import nl.jeugdhulp.toegang.zaak.Beslissing;
import nl.jeugdhulp.toegang.zaak.DwangsomUitzondering;
import nl.jeugdhulp.toegang.zaak.Fase;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Route;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Verslagoordeel;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * Every path through {@code processes/jeugdhulp-toegang.bpmn} on the real engine, delegates and dossier.
 * Timers are driven by moving the engine clock and executing their job. The coverage of the model is a
 * build gate (at least 95% of its flow nodes and sequence flows).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({ProcessEngineCoverageConfiguration.class, JeugdhulpToegangProcessTest.Dekking.class})
// Not one context with BezwaarProcessTest: the coverage listener reads its gate (ProcessEngineCoverageProperties)
// from the application context, one bean per context, and the gates differ: this one measures jeugdhulp-toegang,
// the bezwaar test leaves out the main process it runs only to reach a beschikking (with it, its class coverage
// would count every unvisited node of this model). Two contexts, and a JVM holds one Camunda engine: left open, the
// second fails to start ("process-engine:type=default ... already registered" with the MBeans container). So each
// closes after its class; the data they share in the JVM's H2 database is kept apart by a zaak per test.
@DirtiesContext
public class JeugdhulpToegangProcessTest {

    @TestConfiguration
    static class Dekking {
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.95).build();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    TermijnSignalering signalering;
    @Autowired
    Ingebrekestellingen ingebrekestellingen;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void reguliereRoute_eindigtMetVerzondenBeschikking_alleTermijnenGehaald() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen");
        assertThat(zaak).hasPassed("Task_OntvangstBevestigen");
        assertThat(dossier(zaak).getOntvangstbevestigingVerzonden()).contains(LocalDate.of(2026, 11, 13));

        zetKlok(LocalDateTime.of(2026, 11, 17, 10, 0));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-24", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        zetKlok(LocalDateTime.of(2026, 11, 24, 16, 0));
        Task gesprek = taak(zaak);
        assertThat(gesprek).isAssignedTo("consulent");
        complete(gesprek, withVariables("gesprekDatum", "2026-11-24", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", true, "verslagGewenst", true));

        assertThat(zaak).isWaitingAt("Gateway_FamiliegroepsplanAfwachten");
        assertThat(dossier(zaak).getFase()).isEqualTo(Fase.FAMILIEGROEPSPLAN);
        zetKlok(LocalDateTime.of(2026, 12, 1, 11, 0));
        engine.getRuntimeService().createMessageCorrelation("FamiliegroepsplanOntvangen")
                .processInstanceBusinessKey(zaak.getBusinessKey()).correlate();

        assertThat(zaak).isWaitingAt("Task_VerslagOpstellen");
        assertThat(taak(zaak)).isAssignedTo("consulent");
        zetKlok(LocalDateTime.of(2026, 12, 2, 10, 0));
        complete(taak(zaak), VERSLAG);
        // As Tasklist does it: submitting the form, which the engine also records field by field.
        engine.getFormService().submitTaskForm(taak(zaak).getId(), Map.of("verslagOordeel", "VOOR_GEZIEN",
                "verslagOpmerkingen", "Wij missen de hulp bij het naar bed gaan."));
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-12-02"));
        complete(taak(zaak), beoordeling("vorm", "PGB"));
        assertThat(zaak).isWaitingAt("Task_BeschikkingVastleggen");
        zetKlok(LocalDateTime.of(2026, 12, 10, 14, 0));
        // Kampen has no PGB rate for professional help: the cheapest adequate care in kind caps it (002 §6.6).
        complete(taak(zaak), beschikking("zorgsoort", "BEGELEIDING_INDIVIDUEEL", "pgbAantal", 40, "zinTarief", 52.75));

        assertThat(zaak).hasPassedInOrder("Task_OntvangstBevestigen", "Task_RouteBepalen", "Task_AfspraakPlannen",
                "Task_GesprekVoeren", "Message_FamiliegroepsplanOntvangen", "Task_VerslagOpstellen",
                "Task_OndertekendVerslagOntvangen", "Task_AanvraagVastleggen", "Task_AanvraagBeoordelen",
                "Task_InstemmingToetsen", "Task_AfwegingMaken", "Task_PgbToetsen", "Task_BeschikkingVastleggen",
                "Task_VierOgenToetsen", "Task_BeschikkingVerzenden", "End_BesluitVerzonden", "End_BeschikkingVerzonden");
        assertThat(zaak).isEnded();

        Zaak dossier = dossier(zaak);
        assertThat(dossier.getFase()).isEqualTo(Fase.BESCHIKKING_VERZONDEN);
        assertThat(dossier.getBeschikking().verzonden()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dossier.getVerslag().oordeel()).isEqualTo(Verslagoordeel.VOOR_GEZIEN);
        assertThat(dossier.getVerslag().opmerkingen()).isEqualTo("Wij missen de hulp bij het naar bed gaan.");
        assertThat(dossier.getGesprek().toestemmingGegevensverwerking()).isTrue();
        assertThat(dossier.getAanvraag().individueleVoorziening()).isTrue();
        assertThat(dossier.getAanvraag().voorzieningsvorm()).isEqualTo(Voorzieningsvorm.PGB);
        assertThat(dossier.getRoute()).contains(Route.REGULIER);
        assertThat(dossier.getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst).containsExactly(
                tuple("toegangsroute", "route = REGULIER"),
                tuple("instemming", "instemmingVan = JEUGDIGE_EN_VERTEGENWOORDIGER, aanvraagInBehandeling = true"),
                tuple("afweging", "individueleVoorziening = true"),
                tuple("pgbToets", "pgbToegestaan = true"),
                tuple("pgb-bedrag", "2110.00"),
                tuple("besluit", "toekenning PGB van 2026-12-14 tot en met 2027-06-13 (6 maanden)"),
                tuple("vierOgen", "teamleiderAkkoordNodig = false"));
        assertThat(dossier.getBeslissingen().get(4).getMotivering()).startsWith("40 uur × € 52,75 = € 2.110,00");
        assertThat(dossier.getBeslissingen().get(1).getDoor()).isEqualTo("regel instemming v1");
        assertThat(dossier.getTermijnen()).extracting(t -> t.getSoort() + " " + t.getUiterlijk() + " " + t.getStatus())
                .containsExactly(
                        "AFSPRAAK 2026-11-27 GEHAALD",
                        "GESPREK 2026-12-28 GEHAALD",
                        // Kampen §2.3.4: 6 weken na melding, over the Christmas days to Monday 28 December.
                        "VERSLAG 2026-12-28 GEHAALD",
                        "FAMILIEGROEPSPLAN 2026-12-03 GEHAALD",
                        // Kampen §2.5: 2 weken na aanvraag.
                        "BESCHIKKING 2026-12-16 GEHAALD",
                        // Awb 6:7, 6:8: the family may object within 6 weeks after the beschikking was sent.
                        "BEZWAARTERMIJN 2027-01-21 LOPEND");
        // The family's remarks live in the dossier only: not as a variable, not in the engine's history.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(zaak.getId()).variableName("verslagOpmerkingen").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(zaak.getId())
                .variableUpdates().list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains("verslagOordeel").doesNotContain("verslagOpmerkingen");
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(zaak.getId())
                .formFields().count()).isZero();
    }

    @Test
    void geenVerslagEnGeenAanvraag_eindigtZonderIndividueleVoorziening() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        assertThat(zaak).isWaitingAt("Task_AanvraagVastleggen").hasPassed("End_GeenVerslag");
        complete(taak(zaak), withVariables("aanvraagIngediend", false));

        assertThat(zaak).hasPassed("End_AfgerondZonderIndividueleVoorziening").hasNotPassed("Task_VerslagOpstellen",
                "Task_OndertekendVerslagOntvangen", "Task_AanvraagBeoordelen");
        assertThat(zaak).isEnded();
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getFase()).isEqualTo(Fase.AFGEROND_ZONDER_VOORZIENING);
        assertThat(status(dossier, Termijnsoort.VERSLAG)).isEqualTo(TermijnStatus.VERVALLEN);
        assertThat(dossier.termijn(Termijnsoort.BESCHIKKING)).isEmpty();
        assertThat(dossier.termijn(Termijnsoort.FAMILIEGROEPSPLAN)).isEmpty();
    }

    @Test
    void aanvraagZonderNoodzaak_krijgtOokEenBeschikking_eenAfwijzing() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling("eigenKrachtVoldoende", true));
        assertThat(zaak).isWaitingAt("Task_BeschikkingVastleggen").hasNotPassed("Task_PgbToetsen");
        complete(taak(zaak), withVariables("beschikkingGecontroleerd", true));

        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getAanvraag().individueleVoorziening()).isFalse();
        assertThat(dossier.getAanvraag().voorzieningsvorm()).isNull();
        assertThat(dossier.getBeslissingen()).filteredOn(b -> b.getSoort().equals("afweging")).singleElement()
                .satisfies(b -> assertThat(b.getMotivering()).contains("004 art 8"));
        assertThat(status(dossier, Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.GEHAALD);
    }

    @Test
    void familiegroepsplanNietBinnenZevenWerkdagen_procesGaatVerderZonderEscalatie() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, true, true);

        // 7 werkdagen na vrijdag 20 november: 23, 24, 25, 26, 27, 30 november, 1 december.
        Job timer = timer(zaak, "Timer_FamiliegroepsplanTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 2)));
        zetKlok(LocalDateTime.of(2026, 12, 2, 0, 0));
        execute(timer);

        assertThat(zaak).isWaitingAt("Task_VerslagOpstellen").hasPassed("Timer_FamiliegroepsplanTermijnVerstreken");
        assertThat(status(dossier(zaak), Termijnsoort.FAMILIEGROEPSPLAN)).isEqualTo(TermijnStatus.VERVALLEN);
        assertThat(escalaties(zaak)).isZero();
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "termijnOverschreden")).isNull();
    }

    @Test
    void afspraakTermijnVerstreken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));

        Job timer = timer(zaak, "Timer_AfspraakTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 11, 28)));
        zetKlok(LocalDateTime.of(2026, 11, 28, 0, 0));
        execute(timer);

        assertEscalatie(zaak, Termijnsoort.AFSPRAAK);
        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen", "Task_TermijnoverschrijdingBeoordelen");
        // Escalated on Saturday 28 November: the team leader has two werkdagen, Monday and Tuesday, and is reminded
        // on Monday.
        assertThat(escalatieTaak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 1, 23, 59)));
        assertThat(escalatieTaak(zaak).getFollowUpDate()).isEqualTo(middernacht(LocalDate.of(2026, 11, 30)));

        // The consulent plans the appointment late: the termijn stays OVERSCHREDEN and the case moves on.
        zetKlok(LocalDateTime.of(2026, 11, 30, 9, 0));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-03", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        assertThat(status(dossier(zaak), Termijnsoort.AFSPRAAK)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren", "Task_TermijnoverschrijdingBeoordelen");

        complete(escalatieTaak(zaak));
        assertThat(zaak).hasPassed("End_TermijnoverschrijdingBeoordeeld").isWaitingAt("Task_GesprekVoeren");
    }

    @Test
    void escalatieOpEersteKerstdag_deTeamleiderHeeftTweeWerkdagenNaDeFeestdagen() {
        // Registered Thursday 10 December: the afspraaktermijn ends Thursday 24 December and escalates at the start
        // of Eerste Kerstdag. Tweede Kerstdag falls on Saturday: the two werkdagen are Monday 28 and Tuesday 29.
        zetKlok(LocalDateTime.of(2026, 12, 10, 9, 0));
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 12, 10));
        Job timer = timer(zaak, "Timer_AfspraakTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 25)));
        zetKlok(LocalDateTime.of(2026, 12, 25, 0, 0));
        execute(timer);

        assertThat(escalatieTaak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 29, 23, 59)));
        assertThat(escalatieTaak(zaak).getFollowUpDate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void gesprekTermijnVerstreken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-21", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));

        // 6 weken na 13 november is Eerste Kerstdag; Tweede Kerstdag and Sunday follow: Monday 28 December.
        Job timer = timer(zaak, "Timer_GesprekTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 29)));
        zetKlok(LocalDateTime.of(2026, 12, 29, 0, 0));
        execute(timer);

        assertEscalatie(zaak, Termijnsoort.GESPREK);
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren");
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "overschredenTermijnen")).isEqualTo("GESPREK");

        // Registered late, but held in time: the termijn was met after all.
        complete(taak(zaak), withVariables("gesprekDatum", "2026-12-28", "geinformeerd", true, "toestemmingGegevensverwerking", false,
                "familiegroepsplanGewenst", false, "verslagGewenst", true));
        assertThat(status(dossier(zaak), Termijnsoort.GESPREK)).isEqualTo(TermijnStatus.GEHAALD);
        assertThat(dossier(zaak).getGesprek().toestemmingGegevensverwerking()).isFalse();
    }

    @Test
    void verslagTermijnVerstreken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, true);

        Job timer = timer(zaak, "Timer_VerslagTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 29)));
        zetKlok(LocalDateTime.of(2026, 12, 29, 0, 0));
        execute(timer);

        assertEscalatie(zaak, Termijnsoort.VERSLAG);
        complete(taak(zaak), VERSLAG);
        assertThat(status(dossier(zaak), Termijnsoort.VERSLAG)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(zaak).isWaitingAt("Task_OndertekendVerslagOntvangen", "Task_TermijnoverschrijdingBeoordelen");
    }

    @Test
    void beslistermijnVerstreken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));

        // Kampen §2.5: 2 weken na vrijdag 20 november.
        Job timer = timer(zaak, "Timer_BeschikkingTermijnVerstreken");
        assertThat(timer.getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 5)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 4, 23, 59)));
        zetKlok(LocalDateTime.of(2026, 12, 5, 0, 0));
        execute(timer);

        assertEscalatie(zaak, Termijnsoort.BESCHIKKING);
        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking());
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isWaitingAt("Task_TermijnoverschrijdingBeoordelen");
        assertThat(status(dossier(zaak), Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        complete(escalatieTaak(zaak));
        assertThat(zaak).isEnded();
    }

    @Test
    void verslagtermijnVerstrijktTerwijlGeenVerslagGewenstIs_geenEscalatie() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-17", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        zetKlok(LocalDateTime.of(2026, 12, 17, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-12-17", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", true, "verslagGewenst", false));

        // The family's plan window (to 29 December) outlasts Kampen's verslag term (28 December).
        assertThat(status(dossier(zaak), Termijnsoort.VERSLAG)).isEqualTo(TermijnStatus.VERVALLEN);
        zetKlok(LocalDateTime.of(2026, 12, 29, 0, 0));
        execute(timer(zaak, "Timer_VerslagTermijnVerstreken"));

        assertThat(zaak).hasPassed("End_TermijnAlAfgesloten").isWaitingAt("Gateway_FamiliegroepsplanAfwachten");
        assertThat(escalaties(zaak)).isZero();
        assertThat(status(dossier(zaak), Termijnsoort.VERSLAG)).isEqualTo(TermijnStatus.VERVALLEN);
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "termijnOverschreden")).isNull();
    }

    @Test
    void stadskanaal_verslagTienWerkdagenNaGesprek_beslistermijnAchtWeken() {
        ProcessInstance zaak = registreer("stadskanaal", LocalDate.of(2026, 11, 13));
        assertThat(dossier(zaak).termijn(Termijnsoort.VERSLAG)).isEmpty();
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-17", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        zetKlok(LocalDateTime.of(2026, 12, 17, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-12-17", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", true));

        // Stadskanaal art 6.2: 10 werkdagen na donderdag 17 december, over Kerst en Nieuwjaarsdag heen.
        // 18, 21, 22, 23, 24, 28, 29, 30, 31 december and 4 januari.
        assertThat(dossier(zaak).termijn(Termijnsoort.VERSLAG).orElseThrow().getUiterlijk())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(timer(zaak, "Timer_VerslagTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2027, 1, 5)));
        complete(taak(zaak), VERSLAG);
        complete(taak(zaak), withVariables("verslagOordeel", "AKKOORD"));
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-12-17"));
        // Awb 4:13: 8 weken na 17 december 2026.
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk())
                .isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void gesprekInDeToekomst_wordtGeweigerdEnDeTaakBlijftOpen() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        Task gesprek = taak(zaak);

        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-30",
                "geinformeerd", true, "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", false)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("gesprekDatum");
        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-13", "geinformeerd", true)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("toestemmingGegevensverwerking is verplicht");
        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-13", "geinformeerd", false,
                "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", false)))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("004 art 5.3");
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren");
        assertThat(status(dossier(zaak), Termijnsoort.GESPREK)).isEqualTo(TermijnStatus.LOPEND);
    }

    @Test
    void teamleiderDieEenTaakOverdraagt_wordtNieuweRegisseur() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        Task afspraak = taak(zaak);
        engine.getTaskService().claim(afspraak.getId(), "consulent");
        engine.getTaskService().setAssignee(afspraak.getId(), "carla");
        complete(afspraak, withVariables("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));

        assertThat(taak(zaak)).isAssignedTo("carla");
    }

    @Test
    void taakToontZaaknummerInitialenEnTermijnen_naamVanHetKindNietInDeHistorie() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        Task afspraak = taak(zaak);

        assertThat(afspraak.getName()).isEqualTo("Vooronderzoek doen en afspraak plannen · " + zaak.getBusinessKey() + " S. d.V.");
        TaskService taken = engine.getTaskService();
        assertThat(taken.getVariableLocal(afspraak.getId(), "zaaknummer")).isEqualTo(zaak.getBusinessKey());
        assertThat(taken.getVariableLocal(afspraak.getId(), "jeugdige")).isEqualTo("Sam de Vries, 12 jaar");
        // Kampen 002 §2.3.1-2.3.4: afspraak within 10 werkdagen, gesprek and verslag within 6 weeks of the melding;
        // those 6 weeks end on Christmas Day, so Atw art 1 moves them past Boxing Day and the Sunday.
        assertThat(taken.getVariableLocal(afspraak.getId(), "termijnenOverzicht")).isEqualTo("""
                - AFSPRAAK: uiterlijk vrijdag 27 november 2026
                - GESPREK: uiterlijk maandag 28 december 2026
                - VERSLAG: uiterlijk maandag 28 december 2026""".stripIndent());

        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        // Only the initials stay, in the task's name.
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(afspraak.getId()).singleResult()
                .getName()).endsWith(zaak.getBusinessKey() + " S. d.V.");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .variableNameIn("jeugdige", "termijnenOverzicht", "zaaknummer").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(zaak.getId()).variableUpdates()
                .list()).map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .isNotEmpty().doesNotContain("jeugdige", "termijnenOverzicht", "zaaknummer");
    }

    @Test
    void termijnBinnenVijfWerkdagen_zetDeZaakInCockpitOpTermijnInGevaar() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        RuntimeService runtime = engine.getRuntimeService();

        // AFSPRAAK ends Friday 27 November (Kampen 002 §2.3.1). On Thursday 19 November five werkdagen reach
        // Thursday 26 November: not yet at risk. On Friday 20 November they reach the 27th: at risk.
        zetKlok(LocalDateTime.of(2026, 11, 19, 6, 0));
        signalering.signaleer();
        assertThat(runtime.getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(runtime.getVariable(zaak.getId(), "eerstvolgendeTermijn")).isEqualTo("2026-11-27");

        zetKlok(LocalDateTime.of(2026, 11, 20, 6, 0));
        signalering.signaleer();
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("termijnInGevaar", true)
                .processInstanceId(zaak.getId()).count()).isEqualTo(1);
        // Unchanged values are not written again: one history row per value, not one per morning.
        signalering.signaleer();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(zaak.getId())
                .variableUpdates().list()).filteredOn(d -> ((HistoricVariableUpdate) d).getVariableName()
                .equals("termijnInGevaar")).hasSize(2);

        // Once the afspraak is made, the nearest termijn is the gesprek's, after Christmas.
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-24", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        signalering.signaleer();
        assertThat(runtime.getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(runtime.getVariable(zaak.getId(), "eerstvolgendeTermijn")).isEqualTo("2026-12-28");

        // While the family signs the verslag no termijn runs: nothing to find in Cockpit.
        zetKlok(LocalDateTime.of(2026, 11, 24, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-11-24", "geinformeerd", true,
                "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", true));
        complete(taak(zaak), VERSLAG);
        assertThat(zaak).isWaitingAt("Task_OndertekendVerslagOntvangen");
        signalering.signaleer();
        assertThat(runtime.getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(runtime.getVariables(zaak.getId())).doesNotContainKey("eerstvolgendeTermijn");
    }

    @Test
    void spoed_tijdelijkeMaatregelBinnenTweeUur_vervolghulpBinnenVierWeken_daarnaHetOnderzoek() {
        ProcessInstance zaak = registreer(TestMelding.spoed(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))));
        assertThat(zaak).isWaitingAt("Task_TijdelijkeMaatregelTreffen").hasPassed("Task_RouteBepalen");
        // Registered Friday 13 November 09:00: the crisis visit is due at 11:00, around the clock (002 §4.4.3.4).
        assertThat(timer(zaak, "Timer_CrisisbezoekTermijnVerstreken").getDuedate())
                .isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 11, 13, 11, 0)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 11, 13, 11, 0)));
        assertThat(dossier(zaak).getFase()).isEqualTo(Fase.CRISIS);
        assertThat(engine.getTaskService().getVariableLocal(taak(zaak).getId(), "termijnenOverzicht")).asString()
                .contains("- CRISISBEZOEK: uiterlijk vrijdag 13 november 2026 om 11:00");

        zetKlok(LocalDateTime.of(2026, 11, 13, 10, 40));
        claimEnRond(zaak, "consulent", Map.of("tijdelijkeMaatregel", "CRISISOPVANG",
                "toelichting", "Sam slaapt vannacht bij de crisisopvang."));
        // 4 weken na 13 november: Friday 11 December.
        assertThat(timer(zaak, "Timer_VervolghulpTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 12)));
        zetKlok(LocalDateTime.of(2026, 11, 20, 10, 0));
        complete(taak(zaak), withVariables("toelichting", "Ambulante gezinsbegeleiding na de opvang."));

        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen").hasPassedInOrder("Task_TijdelijkeMaatregelTreffen",
                "Task_VervolghulpVastleggen", "End_VervolghulpVastgelegd");
        Zaak dossier = dossier(zaak);
        // After the crisis the route rule decides again: nothing else applies, so the regular onderzoek.
        assertThat(dossier.isSpoed()).isTrue();
        assertThat(dossier.getRoute()).contains(Route.REGULIER);
        assertThat(dossier.getBeslissingen()).extracting(Beslissing::getUitkomst)
                .containsSubsequence("route = SPOED", "CRISISOPVANG", "vastgelegd", "route = REGULIER");
        assertThat(status(dossier, Termijnsoort.CRISISBEZOEK)).isEqualTo(TermijnStatus.GEHAALD);
        assertThat(status(dossier, Termijnsoort.VERVOLGHULP)).isEqualTo(TermijnStatus.GEHAALD);
        // The onderzoek starts after the crisis: 10 werkdagen from Friday 20 November is Friday 4 December.
        assertThat(dossier.termijn(Termijnsoort.AFSPRAAK).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(dossier.termijn(Termijnsoort.AFSPRAAK).orElseThrow().getRegel()).contains("na een crisis");
        assertThat(dossier.getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst).contains(
                tuple("tijdelijke maatregel", "CRISISOPVANG"), tuple("vervolghulp", "vastgelegd"));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(zaak.getId())
                .variableName("toelichting").count()).isZero();
        assertThat(escalaties(zaak)).isZero();
    }

    @Test
    void spoedMetGezagElders_naDeCrisisWordtDeMeldingAlsnogDoorgezonden() {
        ProcessInstance zaak = registreer(TestMelding.gezagIn(TestMelding.spoed(TestMelding.vanSam("kampen",
                LocalDate.of(2026, 11, 13), LocalDate.of(2014, 5, 2))), "Zwolle"));
        assertThat(zaak).isWaitingAt("Task_TijdelijkeMaatregelTreffen");
        claimEnRond(zaak, "consulent", Map.of("tijdelijkeMaatregel", "CRISISBEZOEK", "toelichting", "Bezocht."));
        complete(taak(zaak), withVariables("toelichting", "Zwolle neemt de hulp over."));

        assertThat(zaak).isWaitingAt("Task_WoonplaatsControleren");
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getUitkomst)
                .containsSubsequence("route = SPOED", "route = DOORZENDEN");
        assertThat(dossier(zaak).getRoute()).contains(Route.DOORZENDEN);
    }

    @Test
    void crisisbezoekNietBinnenTweeUur_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer(TestMelding.spoed(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))));
        zetKlok(LocalDateTime.of(2026, 11, 13, 11, 0));
        execute(timer(zaak, "Timer_CrisisbezoekTermijnVerstreken"));

        assertEscalatie(zaak, Termijnsoort.CRISISBEZOEK);
        assertThat(zaak).isWaitingAt("Task_TijdelijkeMaatregelTreffen", "Task_TermijnoverschrijdingBeoordelen");
    }

    @Test
    void vervolghulpNietBinnenVierWeken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer(TestMelding.spoed(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))));
        claimEnRond(zaak, "consulent", Map.of("tijdelijkeMaatregel", "CRISISBEZOEK", "toelichting", "Bezocht."));
        zetKlok(LocalDateTime.of(2026, 12, 12, 0, 0));
        execute(timer(zaak, "Timer_VervolghulpTermijnVerstreken"));

        assertEscalatie(zaak, Termijnsoort.VERVOLGHULP);
        assertThat(zaak).isWaitingAt("Task_VervolghulpVastleggen");
    }

    @Test
    void spoedaanvraagVoorEenPgb_wordtZorgInNatura() {
        ProcessInstance zaak = registreer(TestMelding.spoed(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))));
        claimEnRond(zaak, "consulent", Map.of("tijdelijkeMaatregel", "CRISISBEZOEK", "toelichting", "Bezocht."));
        complete(taak(zaak), withVariables("toelichting", "Gezinsbegeleiding."));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling("vorm", "PGB"));
        complete(taak(zaak), beschikking());

        Zaak dossier = dossier(zaak);
        assertThat(dossier.getAanvraag().voorzieningsvorm()).isEqualTo(Voorzieningsvorm.ZIN);
        assertThat(dossier.getBeslissingen()).filteredOn(b -> b.getSoort().equals("pgbToets")).singleElement()
                .satisfies(b -> assertThat(b.getUitkomst()).isEqualTo("pgbToegestaan = false"));
    }

    @Test
    void gezagInEenAndereGemeente_meldingWordtDoorgezonden() {
        ProcessInstance zaak = registreer(TestMelding.gezagIn(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2)), "Zwolle"));
        assertThat(zaak).isWaitingAt("Task_WoonplaatsControleren");
        zetKlok(LocalDateTime.of(2026, 11, 16, 9, 0));
        claimEnRond(zaak, "consulent", Map.of("doorzenden", true, "doorzendenAan", "Zwolle",
                "toelichting", "Moeder heeft het gezag en woont sinds oktober in Zwolle."));

        assertThat(zaak).hasPassed("End_Doorgezonden").isEnded();
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getFase()).isEqualTo(Fase.DOORGEZONDEN);
        assertThat(dossier.getDoorzending().orElseThrow().aan()).isEqualTo("Zwolle");
        assertThat(dossier.getDoorzending().orElseThrow().op()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(dossier.getTermijnen()).extracting(t -> t.getStatus()).containsOnly(TermijnStatus.VERVALLEN);
        assertThat(dossier.getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst).containsExactly(
                tuple("toegangsroute", "route = DOORZENDEN"), tuple("woonplaatsbeginsel", "doorgezonden aan Zwolle"));
        assertThat(dossier.getBeslissingen().get(1).getDoor()).isEqualTo("consulent");
    }

    @Test
    void gezagTochInDezeGemeente_gewoneOnderzoek() {
        ProcessInstance zaak = registreer(TestMelding.gezagIn(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2)), "Zwolle"));
        claimEnRond(zaak, "consulent", Map.of("doorzenden", false, "toelichting", "Vader heeft het gezag, woont in Kampen."));

        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen").hasPassed("Gateway_NaarOnderzoek");
        assertThat(dossier(zaak).getDoorzending()).isEmpty();
    }

    @Test
    void gezagInDezelfdeGemeenteBijNaam_isDeReguliereRoute() {
        ProcessInstance zaak = registreer(TestMelding.gezagIn(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2)), "Kampen"));
        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen");
        assertThat(dossier(zaak).getRoute()).contains(Route.REGULIER);
    }

    @Test
    void verwijzingNaarGecontracteerdeAanbieder_directBesluitZonderOnderzoek() {
        ProcessInstance zaak = registreer(TestMelding.verwezenNaar(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2)), "94000001"));

        assertThat(zaak).isWaitingAt("Task_AanvraagBeoordelen").hasNotPassed("Task_AfspraakPlannen");
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getAanvraag().datum()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(dossier.termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(status(dossier, Termijnsoort.AFSPRAAK)).isEqualTo(TermijnStatus.VERVALLEN);
        assertThat(status(dossier, Termijnsoort.GESPREK)).isEqualTo(TermijnStatus.VERVALLEN);

        // A referral by an arts gives an individuele voorziening even where the network could help (004 art 8.2).
        complete(taak(zaak), beoordeling("eigenKrachtVoldoende", true));
        complete(taak(zaak), beschikking("ingangsdatum", "2026-11-23", "einddatum", "2027-05-23"));
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
        assertThat(dossier(zaak).getAanvraag().individueleVoorziening()).isTrue();
        assertThat(status(dossier(zaak), Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.GEHAALD);
    }

    @Test
    void verwijzingNaarNietGecontracteerdeAanbieder_eerstContactMetGezin() {
        ProcessInstance zaak = registreer(TestMelding.verwezenNaar(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2)), "94000009"));
        assertThat(zaak).isWaitingAt("Task_ContactOpnemenMetGezin");
        zetKlok(LocalDateTime.of(2026, 11, 16, 9, 0));
        claimEnRond(zaak, "consulent", Map.of("contactDatum", "2026-11-16"));

        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen");
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort).contains("verwijzing");
    }

    @Test
    void gedwongenKader_deGemeenteLevertDeHulpVanDeGi() {
        ProcessInstance zaak = registreer(TestMelding.gedwongenKader(TestMelding.vanSam("kampen", LocalDate.of(2026, 11, 13),
                LocalDate.of(2014, 5, 2))));
        assertThat(zaak).isWaitingAt("Task_InzetGiVastleggen");
        claimEnRond(zaak, "consulent", Map.of("ingangsdatum", "2026-11-23",
                "toelichting", "Intensieve ambulante gezinsbehandeling."));

        assertThat(zaak).hasPassed("End_HulpToegewezen").isEnded();
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getFase()).isEqualTo(Fase.HULP_TOEGEWEZEN);
        assertThat(dossier.getAanvraag().voorzieningsvorm()).isEqualTo(Voorzieningsvorm.ZIN);
        assertThat(dossier.getTermijnen()).extracting(t -> t.getStatus()).containsOnly(TermijnStatus.VERVALLEN);
        assertThat(dossier.getBeslissingen()).filteredOn(b -> b.getSoort().equals("gedwongen kader")).singleElement()
                .satisfies(b -> assertThat(b.getMotivering()).contains("Jeugdbescherming Overijssel", "geen PGB"));
    }

    @Test
    void gesprekAfgezienInOverleg_verslagfaseVolgtZonderGesprek() {
        ProcessInstance zaak = registreer("stadskanaal", LocalDate.of(2026, 11, 13));
        zetKlok(LocalDateTime.of(2026, 11, 17, 10, 0));
        claimEnRond(zaak, "consulent", Map.of("gesprekAfgezien", true, "vooronderzoekAfgezien", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", true,
                "toelichting", "Alles is al bekend uit het overleg met school."));

        assertThat(zaak).hasPassed("End_GesprekAfgezien").isWaitingAt("Task_VerslagOpstellen").hasNotPassed("Task_GesprekVoeren");
        Zaak dossier = dossier(zaak);
        assertThat(status(dossier, Termijnsoort.GESPREK)).isEqualTo(TermijnStatus.VERVALLEN);
        // Stadskanaal 004 art 6.2: 10 werkdagen na het (afgeziene) gesprek van dinsdag 17 november.
        assertThat(dossier.termijn(Termijnsoort.VERSLAG).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(dossier.getBeslissingen()).extracting(Beslissing::getSoort).contains("vooronderzoek", "gesprek");
    }

    @Test
    void afzienZonderToelichting_wordtGeweigerd() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        Task afspraak = taak(zaak);
        engine.getTaskService().claim(afspraak.getId(), "consulent");
        assertThatThrownBy(() -> complete(afspraak, withVariables("vooronderzoekAfgezien", true, "gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis")))
                .hasMessageContaining("toelichting is verplicht");
        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen");
    }

    @Test
    void teLangeToelichting_wordtGeweigerd_enLosseToelichtingBlijftGeenVariabele() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        Task afspraak = taak(zaak);
        engine.getTaskService().claim(afspraak.getId(), "consulent");
        assertThatThrownBy(() -> complete(afspraak, withVariables("vooronderzoekAfgezien", true,
                "gesprekGepland", "2026-11-20", "toelichting", "x".repeat(2001))))
                .hasMessageContaining("langer dan 2000 tekens");

        complete(afspraak, withVariables("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis", "toelichting", "Moeder belt nog terug."));
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren");
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "toelichting")).isNull();
    }

    @Test
    void verdaging_verschuiftDeBeslistermijnEenmaalMetAchtWeken() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling("verdagen", true));
        assertThat(zaak).isWaitingAt("Task_VerdagingsberichtVersturen").hasPassed("End_BesluitVerdaagd");
        complete(taak(zaak), withVariables("toelichting", "Het advies van de jeugdarts komt later."));

        // Kampen §2.5: 2 weken na 20 november is vrijdag 4 december; plus 8 weken: vrijdag 29 januari 2027.
        var beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getOorspronkelijk()).contains(LocalDate.of(2026, 12, 4));
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(beslistermijn.getRegel()).isEqualTo("2 weken na aanvraag (Kampen, beleidsregels jeugdhulp §2.5); "
                + "verdaagd met 8 weken (Kampen, beleidsregels jeugdhulp §2.5; Awb art 4:14): Het advies van de jeugdarts komt later.");
        assertThat(zaak).isWaitingAt("Task_AanvraagBeoordelen");
        assertThat(timer(zaak, "Timer_BeschikkingTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2027, 1, 30)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 1, 29, 23, 59)));

        Task opnieuw = taak(zaak);
        assertThatThrownBy(() -> complete(opnieuw, beoordeling("verdagen", true))).hasMessageContaining("maar één keer");
        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking());
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
    }

    @Test
    void verdagenNaAfloopVanDeBeslistermijn_wordtGeweigerd() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        zetKlok(LocalDateTime.of(2026, 12, 5, 0, 0));
        execute(timer(zaak, "Timer_BeschikkingTermijnVerstreken"));

        Task beoordelen = taak(zaak);
        assertThatThrownBy(() -> complete(beoordelen, beoordeling("verdagen", true))).hasMessageContaining("al verstreken");
        assertThat(status(dossier(zaak), Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(zaak).isWaitingAt("Task_AanvraagBeoordelen", "Task_TermijnoverschrijdingBeoordelen");
    }

    /**
     * Awb 4:5 and 4:15 lid 1, Kampen (beslistermijn 2 weken, 002 §2.5): asked on Monday 23 November to complete the
     * aanvraag by 18 December, the family answers on Tuesday 15 December. The term stood still from 24 November up to
     * and including 14 December (21 days, not the day the aanvulling came), so its count ends on 4 + 21 = 25 December,
     * Eerste Kerstdag; after Tweede Kerstdag and the Sunday the last day is Monday 28 December (Atw art 1).
     */
    @Test
    void aanvullingGevraagdEnOntvangen_beslistermijnSchuiftOpMetDeDagenDieHijStilstond_overDeKerstdagen() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        zetKlok(LocalDateTime.of(2026, 11, 23, 10, 0));
        complete(taak(zaak), beoordeling("opschorten", true));
        assertThat(zaak).isWaitingAt("Task_OpschortingVastleggen").hasPassed("End_BesluitOpgeschort");
        complete(taak(zaak), withVariables("opschortingsreden", "AANVULLING", "aanvullenUiterlijk", "2026-12-18",
                "toelichting", "Het verslag van de jeugdarts over het slapen van Sam."));

        assertThat(zaak).hasPassed("Task_VerzoekOmAanvullingMaken").isWaitingAt("Task_AanvullingAfwachten");
        var beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getStatus()).isEqualTo(TermijnStatus.OPGESCHORT);
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(timer(zaak, "Timer_BeschikkingTermijnVerstreken")).as("een termijn die stilstaat, verloopt niet").isNull();
        assertThat(timer(zaak, "Timer_AanvullingUitgebleven").getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 19)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 18, 23, 59)));
        assertThat(engine.getRuntimeService().getVariables(zaak.getId())).doesNotContainKey("toelichting");

        zetKlok(LocalDateTime.of(2026, 12, 15, 11, 0));
        complete(taak(zaak), withVariables("aangevuldOp", "2026-12-15"));

        beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getStatus()).isEqualTo(TermijnStatus.LOPEND);
        assertThat(beslistermijn.getOorspronkelijk()).contains(LocalDate.of(2026, 12, 4));
        assertThat(beslistermijn.getKalendereinde()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(opschortingen(zaak)).singleElement().satisfies(opschorting -> {
            assertThat(opschorting.van()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(opschorting.tot()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(opschorting.dagen()).isEqualTo(21);
        });
        assertThat(zaak).hasPassed("Task_OpschortingsberichtMaken").isWaitingAt("Task_AanvraagBeoordelen");
        assertThat(timer(zaak, "Timer_BeschikkingTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 29)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 28, 23, 59)));
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort).contains("opschorting", "opschorting beëindigd");

        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking());
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
        assertThat(status(dossier(zaak), Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.GEHAALD);
    }

    /**
     * Awb 4:15 lid 1: no aanvulling by Monday 7 December. The term stood still from 24 November up to and including
     * that date, 14 days: 4 December + 14 is Friday 18 December. It runs again at midnight, without an escalation.
     */
    @Test
    void aanvullingUitgebleven_termijnLooptNaDeGesteldeDatumWeerDoor() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        zetKlok(LocalDateTime.of(2026, 11, 23, 10, 0));
        complete(taak(zaak), beoordeling("opschorten", true));
        complete(taak(zaak), withVariables("opschortingsreden", "AANVULLING", "aanvullenUiterlijk", "2026-12-07",
                "toelichting", "De schoolrapporten van dit jaar."));

        zetKlok(LocalDateTime.of(2026, 12, 8, 0, 0));
        execute(timer(zaak, "Timer_AanvullingUitgebleven"));
        Brievenbus.verstuur(engine, zaak.getId());

        var beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(opschortingen(zaak)).singleElement().satisfies(opschorting -> {
            assertThat(opschorting.tot()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(opschorting.dagen()).isEqualTo(14);
        });
        assertThat(zaak).hasPassed("Task_OpschortingBeeindigen", "Task_OpschortingsberichtMaken")
                .hasNotPassed("Task_TermijnoverschrijdingVastleggen").isWaitingAt("Task_AanvraagBeoordelen");
        assertThat(timer(zaak, "Timer_BeschikkingTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2026, 12, 19)));
    }

    /**
     * The order of the law: a suspension with the applicant's written consent (lid 2a) first moves the last day from
     * 4 to 18 December (30 November up to and including 13 December, 14 days); the verdaging (4:14) then counts its
     * 8 weeks from that day, to 12 February 2027; a delay the applicant caused (lid 2b) from 4 January up to and
     * including 14 February, 42 days, moves the count to Friday 26 March, Goede Vrijdag: after the weekend and
     * Tweede Paasdag the last day is Tuesday 30 March 2027.
     */
    @Test
    void opschortingMetInstemming_danVerdaging_danVertragingDoorDeAanvrager_inDeVolgordeVanDeWet_overPasen() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        zetKlok(LocalDateTime.of(2026, 11, 23, 10, 0));
        complete(taak(zaak), beoordeling("opschorten", true));
        complete(taak(zaak), withVariables("opschortingsreden", "INSTEMMING", "opgeschortVan", "2026-11-30",
                "opgeschortTot", "2026-12-13", "toelichting", "U vroeg ons te wachten tot na de opname van Sam."));
        assertThat(zaak).hasPassed("Task_OpschortingsberichtMaken").hasNotPassed("Task_VerzoekOmAanvullingMaken")
                .isWaitingAt("Task_AanvraagBeoordelen");
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 18));

        complete(taak(zaak), beoordeling("verdagen", true));
        complete(taak(zaak), withVariables("toelichting", "Het advies van de jeugdarts komt later."));
        var beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getVerdaagdVan()).contains(LocalDate.of(2026, 12, 18));
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2027, 2, 12));

        complete(taak(zaak), beoordeling("opschorten", true));
        complete(taak(zaak), withVariables("opschortingsreden", "VERTRAGING_AANVRAGER", "opgeschortVan", "2027-01-04",
                "opgeschortTot", "2027-02-14", "toelichting", "U zegde drie afspraken met de jeugdarts af."));

        beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getOorspronkelijk()).contains(LocalDate.of(2026, 12, 4));
        assertThat(beslistermijn.getVerdaagdVan()).contains(LocalDate.of(2026, 12, 18));
        assertThat(beslistermijn.getKalendereinde()).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(opschortingen(zaak)).extracting(o -> o.reden().name(), o -> o.dagen())
                .containsExactly(tuple("INSTEMMING", 14), tuple("VERTRAGING_AANVRAGER", 42));
        assertThat(timer(zaak, "Timer_BeschikkingTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2027, 3, 31)));
        assertThat(taak(zaak).getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 3, 30, 23, 59)));

        Task opnieuw = taak(zaak);
        assertThatThrownBy(() -> complete(opnieuw, beoordeling("verdagen", true))).hasMessageContaining("maar één keer");
    }

    /**
     * The Atw moves a last day, not the count: Stadskanaal's 8 weeks from Friday 30 October end on Eerste Kerstdag,
     * so the last day is Monday 28 December. Two days suspended move the count to Sunday 27 December, and the last day
     * stays Monday 28 December, not two days after it.
     */
    @Test
    void opschortingNaEenDoorDeAtwVerschovenEinde_teltVanafHetEindeVanDeTelling() {
        zetKlok(LocalDateTime.of(2026, 10, 30, 9, 0));
        ProcessInstance zaak = registreer(TestMelding.verwezenNaar(TestMelding.vanSam("stadskanaal", LocalDate.of(2026, 10, 30),
                LocalDate.of(2014, 5, 2)), "94000002"));
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 28));

        complete(taak(zaak), beoordeling("opschorten", true));
        complete(taak(zaak), withVariables("opschortingsreden", "VERTRAGING_AANVRAGER", "opgeschortVan", "2026-11-02",
                "opgeschortTot", "2026-11-03", "toelichting", "U was twee dagen niet bereikbaar voor de huisarts."));

        var beslistermijn = dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getKalendereinde()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(beslistermijn.getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(beslistermijn.getOorspronkelijk()).isEmpty();
    }

    /**
     * A request on the last day (Friday 4 December) would suspend from the day after, when the term no longer runs:
     * refused. A request that overlaps an earlier period is refused too. And when the term passes before the
     * suspension is recorded, the task gives way: back to the judgement, where the overrun escalates at once.
     */
    @Test
    void opschortenOpDeLaatsteDagOfOverlappend_geweigerd_enNaAfloopTerugNaarDeBeoordeling() {
        ProcessInstance zaak = totBeslistermijnVerstreken();
        zetKlok(LocalDateTime.of(2026, 11, 23, 10, 0));
        complete(taak(zaak), beoordeling("opschorten", true));
        complete(taak(zaak), withVariables("opschortingsreden", "INSTEMMING", "opgeschortVan", "2026-11-24",
                "opgeschortTot", "2026-11-25", "toelichting", "U vroeg twee dagen bedenktijd."));
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 7));
        complete(taak(zaak), beoordeling("opschorten", true));
        Task overlappend = taak(zaak);
        assertThatThrownBy(() -> complete(overlappend, withVariables("opschortingsreden", "AANVULLING",
                "aanvullenUiterlijk", "2026-11-30", "toelichting", "x"))).hasMessageContaining("een dag telt maar één keer");

        zetKlok(LocalDateTime.of(2026, 12, 7, 10, 0));
        assertThatThrownBy(() -> complete(overlappend, withVariables("opschortingsreden", "AANVULLING",
                "aanvullenUiterlijk", "2026-12-14", "toelichting", "x"))).hasMessageContaining("vraag de aanvulling eerder");
        assertThat(opschortingen(zaak)).hasSize(1);

        zetKlok(LocalDateTime.of(2026, 12, 8, 0, 0));
        execute(timer(zaak, "Timer_OpschortenTeLaat"));
        assertThat(zaak).isWaitingAt("Task_AanvraagBeoordelen").hasNotPassed("Task_VerzoekOmAanvullingMaken");
        execute(timer(zaak, "Timer_BeschikkingTermijnVerstreken"));
        assertEscalatie(zaak, Termijnsoort.BESCHIKKING);
    }

    /** What cannot be: both choices at once, a period that ends before it begins or lies outside the term, a day twice. */
    @Test
    void opschortingBuitenDeRegels_wordtGeweigerdEnDeTaakBlijftOpen() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        zetKlok(LocalDateTime.of(2026, 11, 23, 10, 0));
        Task beoordelen = taak(zaak);
        assertThatThrownBy(() -> complete(beoordelen, beoordeling("verdagen", true, "opschorten", true)))
                .hasMessageContaining("niet allebei");
        complete(taak(zaak), beoordeling("opschorten", true));

        Task vastleggen = taak(zaak);
        assertThatThrownBy(() -> complete(vastleggen, withVariables("opschortingsreden", "INSTEMMING",
                "opgeschortVan", "2026-12-01", "opgeschortTot", "2026-11-30", "toelichting", "x"))).hasMessageContaining("voor ze begint");
        assertThatThrownBy(() -> complete(vastleggen, withVariables("opschortingsreden", "INSTEMMING",
                "opgeschortVan", "2026-12-05", "opgeschortTot", "2026-12-10", "toelichting", "x"))).hasMessageContaining("binnen de beslistermijn");
        assertThatThrownBy(() -> complete(vastleggen, withVariables("opschortingsreden", "AANVULLING",
                "aanvullenUiterlijk", "2026-11-23", "toelichting", "x"))).hasMessageContaining("na vandaag");
        assertThatThrownBy(() -> complete(vastleggen, withVariables("opschortingsreden", "INSTEMMING",
                "opgeschortVan", "2026-11-24", "opgeschortTot", "2026-11-25"))).hasMessageContaining("toelichting is verplicht");
        assertThat(zaak).isWaitingAt("Task_OpschortingVastleggen");
        assertThat(opschortingen(zaak)).isEmpty();

        complete(vastleggen, withVariables("opschortingsreden", "VERTRAGING_AANVRAGER", "opgeschortVan", "2026-11-24",
                "opgeschortTot", "2026-11-27", "toelichting", "De afspraak van 24 november werd afgezegd."));
        complete(taak(zaak), beoordeling("opschorten", true));
        Task tweede = taak(zaak);
        assertThatThrownBy(() -> complete(tweede, withVariables("opschortingsreden", "INSTEMMING",
                "opgeschortVan", "2026-11-27", "opgeschortTot", "2026-11-30", "toelichting", "x"))).hasMessageContaining("een dag telt maar één keer");
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    /**
     * Awb 4:17-4:18, Kampen (beslistermijn to Friday 4 December 2026): the family's ingebrekestelling comes on Monday
     * 7 December. The teamleiders get a task at once, due on 21 December, the last day to decide without a dwangsom;
     * it runs from 22 December. The beschikking goes out on Tuesday 12 January 2027: 22 December up to and including
     * 11 January is 21 days, 14 × € 23 + 7 × € 35 = € 567. The teamleider settles it by 25 January, two weeks after
     * the last dwangsom day, and the family gets a letter with a bezwaartermijn to 23 February.
     */
    @Test
    void ingebrekestelling_teamleiderDirectEenTaak_beschikkingTeLaat_dwangsomVastgesteldMetBrief() {
        ProcessInstance zaak = totBeslistermijnVerstreken();
        zetKlok(LocalDateTime.of(2026, 12, 7, 10, 0));
        IngebrekestellingView ontvangen = ingebrekestelling(zaak, LocalDate.of(2026, 12, 7));
        assertThat(ontvangen.beslissenUiterlijk()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(ontvangen.eersteDwangsomdag()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(ontvangen.dagen()).isZero();

        Task behandelen = teamleiderTaak(zaak, "Task_IngebrekestellingBehandelen");
        assertThat(behandelen.getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 12, 21, 23, 59)));
        complete(behandelen, withVariables("besprokenMetRegisseur", true));

        zetKlok(LocalDateTime.of(2027, 1, 5, 9, 0));
        assertThat(alsTeamleider(() -> ingebrekestellingen.zichtbaar(zaak.getBusinessKey())))
                .extracting(IngebrekestellingView::dagen, IngebrekestellingView::bedrag).containsExactly(15, new BigDecimal("357.00"));

        zetKlok(LocalDateTime.of(2027, 1, 12, 10, 0));
        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking("ingangsdatum", "2027-01-18", "einddatum", "2027-07-17"));
        assertThat(zaak).hasPassed("Gateway_DwangsomVerschuldigd").isWaitingAt("Task_DwangsomVaststellen");
        Task vaststellen = teamleiderTaak(zaak, "Task_DwangsomVaststellen");
        assertThat(vaststellen.getDueDate()).isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2027, 1, 25, 23, 59)));
        complete(vaststellen);

        assertThat(zaak).hasPassed("Task_DwangsombeschikkingMaken", "End_DwangsomVastgesteld").isEnded();
        assertThat(dossier(zaak).getFase()).isEqualTo(Fase.BESCHIKKING_VERZONDEN);
        var vastgesteld = dossier(zaak).getIngebrekestelling().orElseThrow();
        assertThat(vastgesteld.dagen()).isEqualTo(21);
        assertThat(vastgesteld.bedrag()).isEqualByComparingTo("567.00");
        assertThat(vastgesteld.uitzondering()).isNull();
        assertThat(vastgesteld.vastgesteld()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(vastgesteld.bezwaarUiterlijk()).isEqualTo(LocalDate.of(2027, 2, 23));
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst)
                .contains(tuple("dwangsom", "21 dagen, € 567,00"));
    }

    /** Decided on 21 December, the fourteenth day after the ingebrekestelling: in time, so no dwangsom is owed. */
    @Test
    void beschikkingBinnenTweeWekenNaDeIngebrekestelling_geenDwangsom() {
        ProcessInstance zaak = totBeslistermijnVerstreken();
        zetKlok(LocalDateTime.of(2026, 12, 7, 10, 0));
        ingebrekestelling(zaak, LocalDate.of(2026, 12, 7));
        zetKlok(LocalDateTime.of(2026, 12, 21, 10, 0));
        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking("ingangsdatum", "2027-01-04", "einddatum", "2027-07-03"));

        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").hasNotPassed("Task_DwangsomVaststellen")
                .isWaitingAt("Task_IngebrekestellingBehandelen");
        complete(teamleiderTaak(zaak, "Task_IngebrekestellingBehandelen"), withVariables("besprokenMetRegisseur", true));
        assertThat(zaak).isEnded();
        assertThat(alsTeamleider(() -> ingebrekestellingen.zichtbaar(zaak.getBusinessKey())).dagen()).isZero();
    }

    /** Awb 4:17 lid 6: the aanvraag was kennelijk ongegrond; the days are recorded, the amount is nil, with the reason. */
    @Test
    void dwangsomMetUitzonderingVanLid6_geenBedrag_enAlleenMetReden() {
        ProcessInstance zaak = totBeslistermijnVerstreken();
        zetKlok(LocalDateTime.of(2026, 12, 7, 10, 0));
        ingebrekestelling(zaak, LocalDate.of(2026, 12, 7));
        complete(teamleiderTaak(zaak, "Task_IngebrekestellingBehandelen"), withVariables("besprokenMetRegisseur", true));
        zetKlok(LocalDateTime.of(2027, 1, 12, 10, 0));
        complete(taak(zaak), beoordeling("gebruikelijkeZorg", true));
        complete(taak(zaak), Map.of("beschikkingGecontroleerd", true));

        Task vaststellen = teamleiderTaak(zaak, "Task_DwangsomVaststellen");
        assertThatThrownBy(() -> complete(vaststellen, withVariables("dwangsomUitzondering", "KENNELIJK_ONGEGROND")))
                .hasMessageContaining("toelichting is verplicht");
        complete(vaststellen, withVariables("dwangsomUitzondering", "KENNELIJK_ONGEGROND",
                "toelichting", "Gevraagd werd hulp die ouders van elk kind van die leeftijd zelf geven."));
        var vastgesteld = dossier(zaak).getIngebrekestelling().orElseThrow();
        assertThat(vastgesteld.dagen()).isEqualTo(21);
        assertThat(vastgesteld.bedrag()).isEqualByComparingTo("0.00");
        assertThat(vastgesteld.uitzondering()).isEqualTo(DwangsomUitzondering.KENNELIJK_ONGEGROND);
        assertThat(zaak).isEnded();
    }

    /** Kampen: aanvraag on Friday 20 November, so the beslistermijn ran to Friday 4 December 2026 (002 §2.5). */
    private ProcessInstance totBeslistermijnVerstreken() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        return zaak;
    }

    private IngebrekestellingView ingebrekestelling(ProcessInstance zaak, LocalDate ontvangen) {
        return alsTeamleider(() -> ingebrekestellingen.registreer(zaak.getBusinessKey(), new IngebrekestellingRequest(ontvangen)));
    }

    private <T> T alsTeamleider(Supplier<T> stap) {
        List<T> uitkomst = new ArrayList<>();
        alsGebruiker("teamleider", "teamleiders", () -> uitkomst.add(stap.get()));
        return uitkomst.get(0);
    }

    private Task teamleiderTaak(ProcessInstance zaak, String activiteit) {
        return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(activiteit)
                .taskCandidateGroup("teamleiders").singleResult();
    }

    /**
     * An appointment before today is no invitation a letter could still make (004 art 4.2): refused, unless the
     * consulent confirms the family was invited otherwise; then no letter goes out and the gesprek comes next.
     */
    @Test
    void afspraakInHetVerleden_geweigerd_tenzijAlAndersUitgenodigd_danGeenUitnodigingsbrief() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        zetKlok(LocalDateTime.of(2026, 11, 18, 9, 0));
        Map<String, Object> gisteren = Map.of("gesprekGepland", "2026-11-17", "gesprekTijd", "14:30",
                "gesprekLocatie", "Bij het gezin thuis");
        assertThatThrownBy(() -> complete(taak(zaak), gisteren))
                .isInstanceOf(Stapweigering.class).hasMessageContaining("ligt voor vandaag");
        assertThat(zaak).isWaitingAt("Task_AfspraakPlannen");

        var telefonisch = new HashMap<>(gisteren);
        telefonisch.put("andersUitgenodigd", true);
        complete(taak(zaak), telefonisch);
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren").hasPassed("Gateway_GesprekNodig")
                .hasNotPassed("Task_UitnodigingVersturen");
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst)
                .contains(tuple("uitnodiging", "op een andere manier uitgenodigd"));
    }

    /** Counted in calendar months, also across 29 February: exactly 12 months needs no second pair of eyes (001 §4). */
    @Test
    void vierOgen_precies12Maanden_zonderAkkoord_12MaandenEnEenDag_metAkkoord_ookOverEenSchrikkeldag() {
        for (var looptijd : List.of(List.of("2027-03-01", "2028-02-29", "End_BeschikkingVerzonden"),
                List.of("2027-03-01", "2028-03-01", "Task_BeschikkingGoedkeuren"),
                List.of("2027-01-04", "2028-01-03", "End_BeschikkingVerzonden"),
                List.of("2027-01-04", "2028-01-04", "Task_BeschikkingGoedkeuren"))) {
            ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
            gesprekGevoerdOp20November(zaak, false, false);
            complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
            complete(taak(zaak), beoordeling());
            complete(taak(zaak), beschikking("ingangsdatum", looptijd.get(0), "einddatum", looptijd.get(1)));
            if (looptijd.get(2).startsWith("End_")) {
                assertThat(zaak).as(looptijd.toString()).hasPassed(looptijd.get(2)).hasNotPassed("Task_BeschikkingGoedkeuren");
            } else {
                assertThat(zaak).as(looptijd.toString()).isWaitingAt(looptijd.get(2));
            }
        }
    }

    @Test
    void langeToekenning_vraagtAkkoordVanEenAndereTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        // A team leader takes the case himself: he is the regisseur and cannot also be the second pair of eyes.
        claimEnRond(zaak, "teamleider", Map.of("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        zetKlok(LocalDateTime.of(2026, 11, 20, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-11-20", "geinformeerd", true,
                "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", false));
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling());
        complete(taak(zaak), beschikking("einddatum", "2028-06-14"));

        assertThat(zaak).isWaitingAt("Task_BeschikkingGoedkeuren");
        Task goedkeuren = goedkeurTaak(zaak);
        assertThatThrownBy(() -> alsGebruiker("consulent", "consulenten", () -> complete(goedkeuren,
                withVariables("goedgekeurd", true)))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> alsGebruiker("teamleider", "teamleiders", () -> complete(goedkeuren,
                withVariables("goedgekeurd", true)))).hasMessageContaining("Vier ogen");
        alsGebruiker("teamleider2", "teamleiders", () -> complete(goedkeuren,
                withVariables("goedgekeurd", false, "toelichting", "Maak er 12 maanden van.")));

        assertThat(zaak).isWaitingAt("Task_BeschikkingVastleggen");
        complete(taak(zaak), beschikking("einddatum", "2027-12-13"));
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst, Beslissing::getDoor)
                .contains(tuple("vierOgen", "teamleiderAkkoordNodig = true", "regel vierOgen v1"),
                        tuple("vier ogen", "teruggestuurd", "teamleider2"),
                        tuple("vierOgen", "teamleiderAkkoordNodig = false", "regel vierOgen v1"));
    }

    @Test
    void groteToekenningGoedgekeurd_wordtVerzonden() {
        ProcessInstance zaak = registreer("stadskanaal", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling("vorm", "PGB"));
        long tariefVanStadskanaal = tariefopzoekingen().tenantIdIn("stadskanaal").count();
        long tariefZonderGemeente = tariefopzoekingen().withoutTenantId().count();
        // 320 uur begeleiding × € 32,25 = € 10.320,00: above the € 10.000 of the vier-ogen rule.
        complete(taak(zaak), beschikking("zorgsoort", "BEGELEIDING_INDIVIDUEEL", "pgbAantal", 320));

        alsGebruiker("teamleider", "teamleiders", () -> complete(goedkeurTaak(zaak), withVariables("goedgekeurd", true)));
        assertThat(zaak).hasPassedInOrder("Task_BeschikkingGoedkeuren", "Task_BeschikkingVerzenden").isEnded();
        assertThat(dossier(zaak).getBeslissingen()).extracting(Beslissing::getSoort, Beslissing::getUitkomst)
                .contains(tuple("pgb-bedrag", "10320.00"), tuple("vier ogen", "goedgekeurd"));
        // The tariff the step looked up is history of this gemeente, not of every gemeente. A lookup outside a
        // business rule task names no process instance, so the step's own lookup is what it added to the history.
        assertThat(tariefopzoekingen().tenantIdIn("stadskanaal").count()).isEqualTo(tariefVanStadskanaal + 1);
        assertThat(tariefopzoekingen().withoutTenantId().count()).isEqualTo(tariefZonderGemeente);
    }

    @Test
    void vertegenwoordigerStemtNietIn_zonderErnstigNadeel_afwijzing() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        gesprekGevoerdOp20November(zaak, false, false);
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-11-20"));
        complete(taak(zaak), beoordeling("vertegenwoordigerStemtIn", false));
        complete(taak(zaak), withVariables("beschikkingGecontroleerd", true));

        Zaak dossier = dossier(zaak);
        assertThat(dossier.getAanvraag().individueleVoorziening()).isFalse();
        assertThat(dossier.getBeslissingen()).filteredOn(b -> b.getSoort().equals("instemming")).singleElement()
                .satisfies(b -> assertThat(b.getUitkomst()).contains("aanvraagInBehandeling = false"));
    }

    private ProcessInstance registreer(String gemeente, LocalDate ontvangen) {
        return registreer(TestMelding.vanSam(gemeente, ontvangen, LocalDate.of(2014, 5, 2)));
    }

    /** Completes a task as the tests always did, then sends the letters its step leads to. */
    private void complete(Task taak, Map<String, Object> variabelen) {
        BpmnAwareTests.complete(taak, variabelen);
        Brievenbus.verstuur(engine, taak.getProcessInstanceId());
    }

    private void complete(Task taak) {
        complete(taak, Map.of());
    }

    private ProcessInstance registreer(MeldingRequest melding) {
        String zaaknummer = meldingen.registreer(melding).getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .singleResult();
    }

    /**
     * What the consulent establishes when judging an aanvraag for Sam (12 at the aanvraag): both consent, nothing
     * else solves the question, care in kind; and, for a PGB, every condition met. Pairs override the defaults.
     */
    public static Map<String, Object> beoordeling(Object... anders) {
        Map<String, Object> feiten = new HashMap<>(Map.of("wilsbekwaam", true, "jeugdigeStemtIn", true,
                "vertegenwoordigerStemtIn", true, "ernstigNadeelDreigt", false, "jeugdigeBlijftWensen", false,
                "gebruikelijkeZorg", false, "eigenKrachtVoldoende", false, "algemeneVoorzieningVoldoende", false,
                "andereVoorzieningVoldoende", false, "vorm", "ZIN"));
        feiten.putAll(Map.of("kinderbeschermingsmaatregel", false, "jeugdreclassering", false, "geslotenAccommodatie", false,
                "onjuisteGegevens", false, "eerderNietBesteedOfMisbruikt", false, "eerderFraude", false,
                "verslavingsproblematiek", false, "schuldenproblematiek", false, "beheerbaar", true, "motivatieZinPastNiet", true));
        feiten.putAll(Map.of("kwaliteitGewaarborgd", true, "pgbPlanCompleet", true, "sociaalNetwerk", false,
                "verdagen", false, "opschorten", false));
        return met(feiten, anders);
    }

    /** The verslag's outcome, for a gesprek that did not tick topics. */
    static final Map<String, Object> VERSLAG = Map.of("uitkomstSituatieEnHulpvraag",
            "Sam slaapt slecht en gaat niet graag naar school.", "verslagVerstrekt", true);

    /** A toekenning from Monday 14 December 2026 for 6 months (up to and including 13 June), checked by the consulent. */
    public static Map<String, Object> beschikking(Object... anders) {
        return met(new HashMap<>(Map.of("ingangsdatum", "2026-12-14", "einddatum", "2027-06-13",
                "voorziening", "Ambulante begeleiding thuis, 3 uur per week",
                "beoogdResultaat", "Sam gaat weer elke dag naar school.", "beschikkingGecontroleerd", true)), anders);
    }

    private static Map<String, Object> met(Map<String, Object> waarden, Object... anders) {
        for (int i = 0; i < anders.length; i += 2) {
            waarden.put((String) anders[i], anders[i + 1]);
        }
        return waarden;
    }

    /** Afspraak planned and gesprek held on Friday 20 November 2026, with the family's two wishes. */
    private void gesprekGevoerdOp20November(ProcessInstance zaak, boolean familiegroepsplanGewenst, boolean verslagGewenst) {
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        zetKlok(LocalDateTime.of(2026, 11, 20, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-11-20", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", familiegroepsplanGewenst, "verslagGewenst", verslagGewenst));
    }

    private void claimEnRond(ProcessInstance zaak, String consulent, Map<String, Object> variabelen) {
        Task taak = taak(zaak);
        engine.getTaskService().claim(taak.getId(), consulent);
        complete(taak, variabelen);
    }

    private Task taak(ProcessInstance zaak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                .taskCandidateGroup("consulenten").includeAssignedTasks().singleResult();
    }

    private Task goedkeurTaak(ProcessInstance zaak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                .taskDefinitionKey("Task_BeschikkingGoedkeuren").taskCandidateGroup("teamleiders").singleResult();
    }

    /**
     * Runs a step as a logged-in user of a regional team (every gemeente), so the engine checks that user's
     * authorizations as Tasklist would.
     */
    private void alsGebruiker(String gebruiker, String groep, Runnable stap) {
        engine.getIdentityService().setAuthentication(gebruiker, List.of(groep),
                gemeenten.alle().stream().map(Gemeente::code).toList());
        try {
            stap.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Task escalatieTaak(ProcessInstance zaak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                .taskCandidateGroup("teamleiders").singleResult();
    }

    private long escalaties(ProcessInstance zaak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                .taskDefinitionKey("Task_TermijnoverschrijdingBeoordelen").count();
    }

    private void assertEscalatie(ProcessInstance zaak, Termijnsoort soort) {
        Task escalatie = escalatieTaak(zaak);
        assertThat(escalatie.getName()).isEqualTo("Termijnoverschrijding beoordelen: " + soort + " · " + zaak.getBusinessKey() + " S. d.V.");
        assertThat(status(dossier(zaak), soort)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(engine.getRuntimeService().getVariable(zaak.getId(), "termijnOverschreden")).isEqualTo(true);
        assertThat((String) engine.getRuntimeService().getVariable(zaak.getId(), "overschredenTermijnen")).contains(soort.name());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(zaak.getId())
                .variableValueEquals("termijnOverschreden", true).count()).isEqualTo(1);
    }

    private Job timer(ProcessInstance zaak, String activiteit) {
        return engine.getManagementService().createJobQuery().processInstanceId(zaak.getId()).timers()
                .activityId(activiteit).singleResult();
    }

    private HistoricDecisionInstanceQuery tariefopzoekingen() {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("pgbTarief");
    }

    private Zaak dossier(ProcessInstance zaak) {
        return zaken.findByZaaknummer(zaak.getBusinessKey()).orElseThrow();
    }

    private List<Opschorting> opschortingen(ProcessInstance zaak) {
        return dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getOpschortingen();
    }

    private static TermijnStatus status(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).orElseThrow().getStatus();
    }

    private static Date middernacht(LocalDate dag) {
        return TestKlok.tijdstip(dag.atStartOfDay());
    }
}
