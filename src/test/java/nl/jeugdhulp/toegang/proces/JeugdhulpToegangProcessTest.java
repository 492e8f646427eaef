package nl.jeugdhulp.toegang.proces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static nl.jeugdhulp.toegang.TestKlok.zetKlok;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.exception.NotValidException;
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

import nl.jeugdhulp.toegang.beschikking.Voorzieningsvorm;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.termijn.TermijnSignalering;
import nl.jeugdhulp.toegang.termijn.TermijnStatus;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;
import nl.jeugdhulp.toegang.verslag.Verslagoordeel;
import nl.jeugdhulp.toegang.zaak.Fase;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * Every path through {@code processes/jeugdhulp-toegang.bpmn} on the real engine, delegates and dossier.
 * Timers are driven by moving the engine clock and executing their job. The coverage of the model is a
 * build gate (at least 90% of its flow nodes and sequence flows).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({ProcessEngineCoverageConfiguration.class, JeugdhulpToegangProcessTest.Dekking.class})
// Each process test has its own coverage gate, so its own context, and a JVM holds one engine at a time.
@DirtiesContext
class JeugdhulpToegangProcessTest {


    @TestConfiguration
    static class Dekking {
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(0.9).build();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    TermijnSignalering signalering;

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
        assertThat(dossier(zaak).getOntvangstbevestigingVerzonden()).isEqualTo(LocalDate.of(2026, 11, 13));

        zetKlok(LocalDateTime.of(2026, 11, 17, 10, 0));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-24"));
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
        complete(taak(zaak));
        // As Tasklist does it: submitting the form, which the engine also records field by field.
        engine.getFormService().submitTaskForm(taak(zaak).getId(), Map.of("verslagOordeel", "VOOR_GEZIEN",
                "verslagOpmerkingen", "Wij missen de hulp bij het naar bed gaan."));
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-12-02"));
        complete(taak(zaak), withVariables("individueleVoorzieningNodig", true, "vorm", "PGB"));
        assertThat(zaak).isWaitingAt("Task_BeschikkingVastleggen");
        zetKlok(LocalDateTime.of(2026, 12, 10, 14, 0));
        complete(taak(zaak));

        assertThat(zaak).hasPassedInOrder("Task_OntvangstBevestigen", "Task_AfspraakPlannen", "Task_GesprekVoeren",
                "Message_FamiliegroepsplanOntvangen", "Task_VerslagOpstellen", "Task_OndertekendVerslagOntvangen",
                "Task_AanvraagVastleggen", "Task_AanvraagBeoordelen", "Task_BeschikkingVastleggen",
                "Task_BeschikkingVerzenden", "End_BesluitVerzonden", "End_BeschikkingVerzonden");
        assertThat(zaak).isEnded();

        Zaak dossier = dossier(zaak);
        assertThat(dossier.getFase()).isEqualTo(Fase.BESCHIKKING_VERZONDEN);
        assertThat(dossier.getBeschikkingVerzonden()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dossier.getVerslagOordeel()).isEqualTo(Verslagoordeel.VOOR_GEZIEN);
        assertThat(dossier.getVerslagOpmerkingen()).isEqualTo("Wij missen de hulp bij het naar bed gaan.");
        assertThat(dossier.getToestemmingGegevensverwerking()).isTrue();
        assertThat(dossier.getIndividueleVoorziening()).isTrue();
        assertThat(dossier.getVoorzieningsvorm()).isEqualTo(Voorzieningsvorm.PGB);
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
        complete(taak(zaak), withVariables("individueleVoorzieningNodig", false));
        assertThat(zaak).isWaitingAt("Task_BeschikkingVastleggen");
        complete(taak(zaak));

        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isEnded();
        Zaak dossier = dossier(zaak);
        assertThat(dossier.getIndividueleVoorziening()).isFalse();
        assertThat(dossier.getVoorzieningsvorm()).isNull();
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

        // The consulent plans the appointment late: the termijn stays OVERSCHREDEN and the case moves on.
        zetKlok(LocalDateTime.of(2026, 11, 30, 9, 0));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-03"));
        assertThat(status(dossier(zaak), Termijnsoort.AFSPRAAK)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren", "Task_TermijnoverschrijdingBeoordelen");

        complete(escalatieTaak(zaak));
        assertThat(zaak).hasPassed("End_TermijnoverschrijdingBeoordeeld").isWaitingAt("Task_GesprekVoeren");
    }

    @Test
    void gesprekTermijnVerstreken_escaleertNaarTeamleider() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-21"));

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
        assertThat(dossier(zaak).getToestemmingGegevensverwerking()).isFalse();
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
        complete(taak(zaak));
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
        complete(taak(zaak), withVariables("individueleVoorzieningNodig", true, "vorm", "ZIN"));
        complete(taak(zaak));
        assertThat(zaak).hasPassed("End_BeschikkingVerzonden").isWaitingAt("Task_TermijnoverschrijdingBeoordelen");
        assertThat(status(dossier(zaak), Termijnsoort.BESCHIKKING)).isEqualTo(TermijnStatus.OVERSCHREDEN);
        complete(escalatieTaak(zaak));
        assertThat(zaak).isEnded();
    }

    @Test
    void verslagtermijnVerstrijktTerwijlGeenVerslagGewenstIs_geenEscalatie() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-17"));
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
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-12-17"));
        zetKlok(LocalDateTime.of(2026, 12, 17, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-12-17", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", true));

        // Stadskanaal art 6.2: 10 werkdagen na donderdag 17 december, over Kerst en Nieuwjaarsdag heen.
        // 18, 21, 22, 23, 24, 28, 29, 30, 31 december and 4 januari.
        assertThat(dossier(zaak).termijn(Termijnsoort.VERSLAG).orElseThrow().getUiterlijk())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(timer(zaak, "Timer_VerslagTermijnVerstreken").getDuedate()).isEqualTo(middernacht(LocalDate.of(2027, 1, 5)));
        complete(taak(zaak));
        complete(taak(zaak), withVariables("verslagOordeel", "AKKOORD"));
        complete(taak(zaak), withVariables("aanvraagIngediend", true, "aanvraagDatum", "2026-12-17"));
        // Awb 4:13: 8 weken na 17 december 2026.
        assertThat(dossier(zaak).termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk())
                .isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void gesprekInDeToekomst_wordtGeweigerdEnDeTaakBlijftOpen() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20"));
        Task gesprek = taak(zaak);

        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-30",
                "geinformeerd", true, "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", false)))
                .hasRootCauseInstanceOf(NotValidException.class).rootCause().hasMessageContaining("gesprekDatum");
        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-13", "geinformeerd", true)))
                .rootCause().hasMessageContaining("toestemmingGegevensverwerking is verplicht");
        assertThatThrownBy(() -> complete(gesprek, withVariables("gesprekDatum", "2026-11-13", "geinformeerd", false,
                "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", false)))
                .rootCause().hasMessageContaining("004 art 5.3");
        assertThat(zaak).isWaitingAt("Task_GesprekVoeren");
        assertThat(status(dossier(zaak), Termijnsoort.GESPREK)).isEqualTo(TermijnStatus.LOPEND);
    }

    @Test
    void teamleiderDieEenTaakOverdraagt_wordtNieuweRegisseur() {
        ProcessInstance zaak = registreer("kampen", LocalDate.of(2026, 11, 13));
        Task afspraak = taak(zaak);
        engine.getTaskService().claim(afspraak.getId(), "consulent");
        engine.getTaskService().setAssignee(afspraak.getId(), "carla");
        complete(afspraak, withVariables("gesprekGepland", "2026-11-20"));

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

        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20"));
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
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-24"));
        signalering.signaleer();
        assertThat(runtime.getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(runtime.getVariable(zaak.getId(), "eerstvolgendeTermijn")).isEqualTo("2026-12-28");

        // While the family signs the verslag no termijn runs: nothing to find in Cockpit.
        zetKlok(LocalDateTime.of(2026, 11, 24, 15, 0));
        complete(taak(zaak), withVariables("gesprekDatum", "2026-11-24", "geinformeerd", true,
                "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", false, "verslagGewenst", true));
        complete(taak(zaak));
        assertThat(zaak).isWaitingAt("Task_OndertekendVerslagOntvangen");
        signalering.signaleer();
        assertThat(runtime.getVariable(zaak.getId(), "termijnInGevaar")).isEqualTo(false);
        assertThat(runtime.getVariables(zaak.getId())).doesNotContainKey("eerstvolgendeTermijn");
    }

    private ProcessInstance registreer(String gemeente, LocalDate ontvangen) {
        String zaaknummer = meldingen.registreer(TestMelding.vanSam(gemeente, ontvangen, LocalDate.of(2014, 5, 2)))
                .getZaaknummer();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .singleResult();
    }

    /** Afspraak planned and gesprek held on Friday 20 November 2026, with the family's two wishes. */
    private void gesprekGevoerdOp20November(ProcessInstance zaak, boolean familiegroepsplanGewenst, boolean verslagGewenst) {
        claimEnRond(zaak, "consulent", Map.of("gesprekGepland", "2026-11-20"));
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

    private Zaak dossier(ProcessInstance zaak) {
        return zaken.findByZaaknummer(zaak.getBusinessKey()).orElseThrow();
    }

    private static TermijnStatus status(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).orElseThrow().getStatus();
    }

    private static Date middernacht(LocalDate dag) {
        return TestKlok.tijdstip(dag.atStartOfDay());
    }
}
