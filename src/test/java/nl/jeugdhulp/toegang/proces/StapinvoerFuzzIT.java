package nl.jeugdhulp.toegang.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.WebappSessie;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * A consultant pastes the child's BSN into the wrong field: every user task of both processes is completed with
 * the BSN in every field of its form, as text and as a number, all at once and one field at a time, through
 * {@code /engine-rest} and through Tasklist's own API. A refusal says what it expects and never repeats what was
 * given: no answer and no line of the log holds the BSN, and a refusal is no ERROR or WARN in the log. The tasks are
 * reached in a case with every fact of the dossier (melding, gesprek, aanvraag) and in a bezwaar, by moving the
 * case to the task (process instance modification), the crisis tasks in an urgent case.
 */
@ToegangIT
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StapinvoerFuzzIT {

    /** Passes the elfproef and is used by no other test, so the log can be searched for it. */
    private static final String BSN = "289909995";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;

    /** The case (or bezwaar) the tasks of each process are reached in; a new one when a step ended it. */
    private final Map<String, String> instanties = new LinkedHashMap<>();
    private ApiClient teamleider;
    private ApiClient consulent;
    private WebappSessie tasklist;

    @BeforeAll
    void aanmelden() {
        teamleider = new ApiClient(poort, "teamleider");
        consulent = new ApiClient(poort, "consulent");
        tasklist = WebappSessie.aangemeld(poort, "tasklist", "teamleider");
    }

    @BeforeEach
    void binnenDeBezwaartermijn() {
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    /** Every user task of every model, with the fields of its form. */
    static Stream<Arguments> taken() throws IOException {
        var formulieren = Formulieren.alle();
        List<Arguments> taken = new ArrayList<>();
        try (Stream<Path> modellen = Files.list(Path.of("processes"))) {
            for (Path model : modellen.filter(pad -> pad.toString().endsWith(".bpmn")).sorted().toList()) {
                var bpmn = Bpmn.readModelFromFile(model.toFile());
                String proces = bpmn.getModelElementsByType(Process.class)
                        .iterator().next().getId();
                for (UserTask taak : bpmn.getModelElementsByType(UserTask.class)) {
                    taken.add(Arguments.of(taak.getId(), proces, Formulieren.velden(formulieren.get(taak.getCamundaFormRef()))));
                }
            }
        }
        return taken.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taken")
    void stap_weigertEenBsnInElkVeld_zonderHetTeHerhalen_enZonderFoutInDeLog(String taak, String proces,
                                                                              List<String> velden, CapturedOutput log)
            throws IOException {
        List<Map<String, Object>> pogingen = new ArrayList<>();
        pogingen.add(alle(velden, BSN));
        pogingen.add(alle(velden, Long.parseLong(BSN)));
        velden.forEach(veld -> pogingen.add(Map.of(veld, BSN)));

        List<String> fouten = new ArrayList<>();
        for (Map<String, Object> poging : pogingen) {
            var antwoord = teamleider.post("/engine-rest/task/" + plaats(proces, taak) + "/complete", variabelen(poging));
            beoordeel("engine-rest " + poging.keySet(), antwoord.status(), antwoord.body(), fouten);
        }
        var viaTasklist = tasklist.post("/camunda/api/engine/engine/default/task/" + plaats(proces, taak) + "/submit-form",
                "application/json", variabelen(pogingen.get(0)));
        beoordeel("Tasklist", viaTasklist.statusCode(), viaTasklist.body(), fouten);

        assertThat(fouten).as(taak).isEmpty();
        assertThat(log.getAll()).as("het BSN in de log").doesNotContain(BSN);
        assertThat(log.getAll().lines().filter(regel -> regel.contains(" ERROR ") || regel.contains(" WARN ")))
                .as("een geweigerde stap is geen fout").isEmpty();
    }

    /** A refusal (400, or 403 for who may not act) or a step that takes the text as text (204); never the BSN back. */
    private static void beoordeel(String poging, int status, String body, List<String> fouten) {
        if (status != 204 && status != 400 && status != 403) {
            fouten.add(poging + ": " + status + " " + body);
        }
        if (body.contains(BSN)) {
            fouten.add(poging + ": het antwoord herhaalt het BSN: " + body);
        }
    }

    /**
     * The id of the open task {@code taak}: in the process's case, moved there when it is elsewhere. The crisis
     * tasks have a case of their own: their termijnen only run in an urgent case; so do the wait for an aanvulling,
     * which only exists while a request for it suspends the beslistermijn, and the tasks of an ingebrekestelling.
     */
    private String plaats(String proces, String taak) {
        if (taak.equals("Task_TijdelijkeMaatregelTreffen") || taak.equals("Task_VervolghulpVastleggen")) {
            return spoed(taak);
        }
        if (taak.equals("Task_AanvullingAfwachten")) {
            return aanvullingGevraagd(taak);
        }
        if (taak.equals("Task_IngebrekestellingBehandelen") || taak.equals("Task_DwangsomVaststellen")) {
            return inGebrekeGesteld(taak);
        }
        String instantie = instanties.get(proces);
        if (instantie == null || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instantie)
                .count() == 0) {
            instantie = proces.equals("bezwaar-behandelen") ? bezwaar() : zaakMetAanvraag();
            instanties.put(proces, instantie);
        }
        Task open = open(instantie, taak);
        if (open != null) {
            return open.getId();
        }
        var runtime = engine.getRuntimeService();
        ProcessInstanceModificationBuilder verplaatsing = runtime.createProcessInstanceModification(instantie)
                .startBeforeActivity(taak)
                // The escalation's task names the termijn that passed; its service task before it would set it.
                .setVariable("termijnsoort", "AFSPRAAK");
        stopStappen(verplaatsing, runtime.getActivityInstance(instantie)).execute();
        Task verplaatst = open(instantie, taak);
        assertThat(verplaatst).as("%s na verplaatsing", taak).isNotNull();
        return verplaatst.getId();
    }

    /**
     * Cancels the steps themselves, waiting ones and those waiting for the job executor; a sub process that holds
     * the new step stays, and so does the instance.
     */
    private static ProcessInstanceModificationBuilder stopStappen(ProcessInstanceModificationBuilder verplaatsing,
                                                                  ActivityInstance scope) {
        for (TransitionInstance wacht : scope.getChildTransitionInstances()) {
            verplaatsing = verplaatsing.cancelTransitionInstance(wacht.getId());
        }
        for (ActivityInstance kind : scope.getChildActivityInstances()) {
            verplaatsing = kind.getChildActivityInstances().length == 0 && kind.getChildTransitionInstances().length == 0
                    ? verplaatsing.cancelActivityInstance(kind.getId())
                    : stopStappen(verplaatsing, kind);
        }
        return verplaatsing;
    }

    private String zaakMetAanvraag() {
        String zaak = TestBeschikking.zaakMetAanvraag(engine, meldingen);
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        return instantie(zaak, "jeugdhulp-toegang");
    }

    /** A bezwaar against a sent beschikking, in its bezwaartermijn. */
    private String bezwaar() {
        String zaak = TestBeschikking.zaakMetBeschikking(engine, meldingen, false);
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        var bezwaar = consulent.post("/api/zaken/" + zaak + "/bezwaren", "{\"ontvangen\": \"2026-12-01\", \"adviescommissie\": false}");
        assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(201);
        return instantie(zaak, "bezwaar-behandelen");
    }

    /**
     * A zaak whose beslistermijn (to 27 November) waits for the family: on 16 November the consulent asked for an
     * aanvulling by 18 December (Awb 4:15 lid 1), so on 1 December it still does.
     */
    private String aanvullingGevraagd(String taak) {
        String instantie = instantie(TestBeschikking.zaakMetAanvraag(engine, meldingen), "jeugdhulp-toegang");
        TestKlok.zetKlok(LocalDateTime.of(2026, 11, 16, 10, 0));
        engine.getRuntimeService().createProcessInstanceModification(instantie)
                .startBeforeActivity("Task_OpschortingVastleggen")
                .cancelAllForActivity("Task_AanvraagBeoordelen").execute();
        engine.getTaskService().complete(open(instantie, "Task_OpschortingVastleggen").getId(), Map.of(
                "opschortingsreden", "AANVULLING", "aanvullenUiterlijk", "2026-12-18", "toelichting", "Het schoolrapport."));
        Brievenbus.verstuur(engine, instantie);
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        return open(instantie, taak).getId();
    }

    /**
     * A zaak whose beslistermijn ran to 27 November, with an ingebrekestelling on 1 December: the teamleiders' task,
     * or, after a beschikking sent on 11 January 2027, the settlement of its dwangsom.
     */
    private String inGebrekeGesteld(String taak) {
        String zaak = TestBeschikking.zaakMetAanvraag(engine, meldingen);
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        var ingebrekestelling = consulent.post("/api/zaken/" + zaak + "/ingebrekestellingen", "{}");
        assertThat(ingebrekestelling.status()).as(ingebrekestelling.body()).isEqualTo(201);
        if (taak.equals("Task_DwangsomVaststellen")) {
            TestKlok.zetKlok(LocalDateTime.of(2027, 1, 11, 10, 0));
            TestBeschikking.beschik(engine, zaak);
        }
        return open(instantie(zaak, "jeugdhulp-toegang"), taak).getId();
    }

    /** An urgent melding today: the crisis task, or after it the follow-up. */
    private String spoed(String taak) {
        LocalDate vandaag = LocalDate.of(2026, 12, 1);
        String zaak = meldingen.registreer(TestMelding.spoed(TestMelding.vanSam("kampen", vandaag, vandaag.minusYears(12))))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaak);
        String instantie = instantie(zaak, "jeugdhulp-toegang");
        if (taak.equals("Task_VervolghulpVastleggen")) {
            engine.getTaskService().complete(open(instantie, "Task_TijdelijkeMaatregelTreffen").getId(),
                    Map.of("tijdelijkeMaatregel", "CRISISOPVANG", "toelichting", "Opvang bij oma."));
            Brievenbus.verstuur(engine, instantie);
        }
        return open(instantie, taak).getId();
    }

    private String instantie(String zaaknummer, String proces) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey(proces).active().singleResult().getId();
    }

    private Task open(String instantie, String taak) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instantie).taskDefinitionKey(taak).singleResult();
    }

    private static Map<String, Object> alle(List<String> velden, Object waarde) {
        Map<String, Object> alle = new LinkedHashMap<>();
        velden.forEach(veld -> alle.put(veld, waarde));
        return alle;
    }

    private static String variabelen(Map<String, Object> waarden) throws IOException {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        waarden.forEach((naam, waarde) -> variabelen.put(naam, Map.of("value", waarde)));
        return JSON.writeValueAsString(Map.of("variables", variabelen));
    }
}
