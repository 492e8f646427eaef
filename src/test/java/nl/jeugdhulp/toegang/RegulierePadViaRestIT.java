package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README's walk-through as a test: a melding driven to "beschikking verzonden" through our API and the
 * engine's REST API only, as the demo users; and a deadline timer executed through {@code /engine-rest}.
 */
@ToegangIT
@ExtendWith(OutputCaptureExtension.class)
class RegulierePadViaRestIT {

    private static final DateTimeFormatter REST_DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;

    ApiClient consulent;
    ApiClient teamleider;

    @BeforeEach
    void init() {
        consulent = new ApiClient(poort, "consulent");
        teamleider = new ApiClient(poort, "teamleider");
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void meldingTotBeschikkingVerzonden_volledigViaRest() {
        String zaaknummer = registreer();

        zetKlok(LocalDate.of(2026, 11, 16));
        String afspraak = taak(zaaknummer, "Task_AfspraakPlannen");
        assertThat(consulent.post("/engine-rest/task/" + afspraak + "/claim", "{\"userId\": \"consulent\"}").status()).isEqualTo(204);
        rond(afspraak, "{\"gesprekGepland\": {\"value\": \"2026-11-19\"}, \"gesprekTijd\": {\"value\": \"14:30\"}, "
                + "\"gesprekLocatie\": {\"value\": \"Bij het gezin thuis\"}}");
        zetKlok(LocalDate.of(2026, 11, 19));
        rond(taak(zaaknummer, "Task_GesprekVoeren"), """
                {"gesprekDatum": {"value": "2026-11-19"}, "geinformeerd": {"value": true}, "toestemmingGegevensverwerking": {"value": true},
                 "familiegroepsplanGewenst": {"value": true}, "verslagGewenst": {"value": true}}""");
        zetKlok(LocalDate.of(2026, 11, 23));
        assertThat(consulent.post("/engine-rest/message", """
                {"messageName": "FamiliegroepsplanOntvangen", "businessKey": "%s"}""".formatted(zaaknummer)).status())
                .as("alleen via /api, niet rechtstreeks in de engine").isEqualTo(403);
        var plan = consulent.post("/api/zaken/" + zaaknummer + "/familiegroepsplan", "");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.json().get("fase").asText()).isEqualTo("VERSLAG");
        assertThat(consulent.post("/api/zaken/" + zaaknummer + "/familiegroepsplan", "").status()).isEqualTo(409);
        rond(taak(zaaknummer, "Task_VerslagOpstellen"),
                "{\"uitkomstSituatieEnHulpvraag\": {\"value\": \"Noor zorgt thuis veel voor haar moeder.\"}}");
        zetKlok(LocalDate.of(2026, 11, 25));
        rond(taak(zaaknummer, "Task_OndertekendVerslagOntvangen"), "{\"verslagOordeel\": {\"value\": \"AKKOORD\"}}");
        rond(taak(zaaknummer, "Task_AanvraagVastleggen"),
                "{\"aanvraagIngediend\": {\"value\": true}, \"aanvraagDatum\": {\"value\": \"2026-11-25\"}}");
        zetKlok(LocalDate.of(2026, 11, 30));
        rond(taak(zaaknummer, "Task_AanvraagBeoordelen"), """
                {"wilsbekwaam": {"value": true}, "jeugdigeStemtIn": {"value": true}, "vertegenwoordigerStemtIn": {"value": true},
                 "vorm": {"value": "ZIN"}}""");
        rond(taak(zaaknummer, "Task_BeschikkingVastleggen"), """
                {"voorziening": {"value": "Ondersteuning voor jonge mantelzorgers"},
                 "beoogdResultaat": {"value": "Noor gaat weer elke dag naar school."},
                 "ingangsdatum": {"value": "2026-12-07"}, "einddatum": {"value": "2027-06-07"}}""");

        JsonNode zaak = consulent.get("/api/zaken/" + zaaknummer).json();
        assertThat(zaak.get("fase").asText()).isEqualTo("BESCHIKKING_VERZONDEN");
        // Every term of the gemeente met; the family's bezwaartermijn now runs, 6 weeks (Awb 6:7, 6:8).
        assertThat(zaak.get("termijnen").findValuesAsText("status"))
                .containsExactly("GEHAALD", "GEHAALD", "GEHAALD", "GEHAALD", "GEHAALD", "LOPEND");
        assertThat(zaak.get("termijnen").findValuesAsText("soort"))
                .containsExactly("AFSPRAAK", "GESPREK", "VERSLAG", "FAMILIEGROEPSPLAN", "BESCHIKKING", "BEZWAARTERMIJN");
        assertThat(zaak.get("termijnen").get(5).get("uiterlijk").asText()).isEqualTo("2027-01-11");
        assertThat(zaak.get("bezwaren")).isEmpty();
        assertThat(consulent.get("/api/zaken/" + zaaknummer + "/documenten").json().findValuesAsText("soort"))
                .containsExactly("ONTVANGSTBEVESTIGING", "UITNODIGING_GESPREK", "VERSLAG", "BESCHIKKING_ZIN");
        assertThat(zaak.get("route").asText()).isEqualTo("REGULIER");
        assertThat(zaak.get("beslissingen").findValuesAsText("soort"))
                .containsExactly("toegangsroute", "instemming", "afweging", "besluit", "vierOgen");
        assertThat(zaak.get("beslissingen").get(3).get("uitkomst").asText()).isEqualTo("toekenning ZIN van 2026-12-07 tot en met 2027-06-07 (6 maanden en 1 dag)");
        assertThat(zaak.get("beslissingen").get(3).get("door").asText()).isEqualTo("consulent");
        JsonNode historie = consulent.get("/engine-rest/history/activity-instance?activityId=End_BeschikkingVerzonden"
                + "&processInstanceId=" + procesId(zaaknummer)).json();
        assertThat(historie).hasSize(1);
        assertThat(consulent.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + zaaknummer)
                .json().get(0).get("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void consulentKanEenLopendeZaakNietStilleggenOfTermijnenVerzetten() {
        String zaaknummer = registreer();
        String procesId = procesId(zaaknummer);

        assertThat(consulent.put("/engine-rest/process-instance/" + procesId + "/suspended", "{\"suspended\": true}")
                .status()).isEqualTo(403);
        String job = teamleider.get("/engine-rest/job?timers=true&processInstanceId=" + procesId).json().get(0)
                .get("id").asText();
        assertThat(consulent.post("/engine-rest/job/" + job + "/execute", "").status()).isEqualTo(403);
        var tweedeProces = consulent.post("/engine-rest/process-definition/key/jeugdhulp-toegang/start",
                "{\"businessKey\": \"%s\", \"variables\": {\"gemeente\": {\"value\": \"kampen\"}}}".formatted(zaaknummer));
        assertThat(tweedeProces.status()).isEqualTo(400);
        assertThat(tweedeProces.body()).contains("heeft al een proces");
        assertThat(teamleider.get("/engine-rest/process-instance?businessKey=" + zaaknummer).json()).hasSize(1);
    }

    @Test
    void alleenDeTeamleiderDraagtEenZaakOverAanEenAndereConsulent() {
        String zaaknummer = registreer();
        String afspraak = taak(zaaknummer, "Task_AfspraakPlannen");
        assertThat(consulent.post("/engine-rest/task/" + afspraak + "/claim", "{\"userId\": \"consulent\"}").status())
                .isEqualTo(204);

        assertThat(consulent.post("/engine-rest/task/" + afspraak + "/assignee", "{\"userId\": \"collega\"}").status())
                .isEqualTo(403);
        assertThat(teamleider.post("/engine-rest/task/" + afspraak + "/assignee", "{\"userId\": \"collega\"}").status())
                .isEqualTo(204);
        assertThat(teamleider.get("/engine-rest/task/" + afspraak).json().get("assignee").asText()).isEqualTo("collega");
    }

    @Test
    void timerJobUitvoerenViaEngineRest_escaleertNaarTeamleider() {
        String zaaknummer = registreer();
        JsonNode jobs = teamleider.get("/engine-rest/job?timers=true&activityId=Timer_AfspraakTermijnVerstreken"
                + "&processInstanceId=" + procesId(zaaknummer)).json();
        assertThat(jobs).hasSize(1);
        // AFSPRAAK: 10 werkdagen na 13 november = 27 november; the timer fires at 00:00 on the 28th.
        assertThat(OffsetDateTime.parse(jobs.get(0).get("dueDate").asText(), REST_DATUM).toInstant())
                .isEqualTo(Instant.parse("2026-11-27T23:00:00Z"));

        zetKlok(LocalDate.of(2026, 11, 28));
        assertThat(teamleider.post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", "").status())
                .isEqualTo(204);

        JsonNode escalaties = teamleider.get("/engine-rest/task?candidateGroup=teamleiders&processInstanceBusinessKey="
                + zaaknummer).json();
        assertThat(escalaties).hasSize(1);
        assertThat(escalaties.get(0).get("name").asText()).startsWith("Termijnoverschrijding beoordelen: AFSPRAAK · " + zaaknummer + " ");
        assertThat(teamleider.post("/engine-rest/process-instance", """
                {"businessKey": "%s", "variables": [{"name": "termijnOverschreden", "operator": "eq", "value": true}]}"""
                .formatted(zaaknummer)).json()).hasSize(1);
        JsonNode zaak = teamleider.get("/api/zaken/" + zaaknummer).json();
        assertThat(zaak.get("termijnen").get(0).get("soort").asText()).isEqualTo("AFSPRAAK");
        assertThat(zaak.get("termijnen").get(0).get("status").asText()).isEqualTo("OVERSCHREDEN");
        assertThat(zaak.get("termijnen").get(1).get("status").asText()).isEqualTo("LOPEND");
        assertThat(consulent.get("/engine-rest/task?candidateGroup=teamleiders&processInstanceBusinessKey=" + zaaknummer)
                .json()).as("consulenten zien de escalatie niet").isEmpty();
    }

    @Test
    void ongeldigeStapinvoer_400_enDeTaakBlijftOpen_geenFoutInDeLog(CapturedOutput log) {
        String zaaknummer = registreer();
        String afspraak = taak(zaaknummer, "Task_AfspraakPlannen");

        var zonderDatum = consulent.post("/engine-rest/task/" + afspraak + "/complete", "{\"variables\": {}}");
        assertThat(zonderDatum.status()).isEqualTo(400);
        assertThat(zonderDatum.json().get("message").asText()).isEqualTo("gesprekGepland is verplicht");

        var geenDatum = consulent.post("/engine-rest/task/" + afspraak + "/complete",
                "{\"variables\": {\"gesprekGepland\": {\"value\": \"volgende week\"}}}");
        assertThat(geenDatum.status()).isEqualTo(400);
        assertThat(geenDatum.json().get("message").asText()).isEqualTo("gesprekGepland is geen datum; verwacht JJJJ-MM-DD");

        assertThat(geenDatum.body()).as("herhaalt niet wat getypt is").doesNotContain("volgende week");

        assertThat(taak(zaaknummer, "Task_AfspraakPlannen")).isEqualTo(afspraak);
        // An ordinary refusal, not a fault: no ERROR or WARN, no stack trace.
        assertThat(log.getAll().lines().filter(regel -> regel.contains(" ERROR ") || regel.contains(" WARN ")))
                .as("een geweigerde stap is geen fout").isEmpty();
        assertThat(consulent.get("/api/zaken/" + zaaknummer).json().get("termijnen").get(0).get("status").asText())
                .isEqualTo("LOPEND");
    }

    /** The engine clock at 00:00 of {@code dag}: every date the app compares with "today" follows it. */
    private static void zetKlok(LocalDate dag) {
        TestKlok.zetKlok(dag.atStartOfDay());
    }

    private String registreer() {
        zetKlok(LocalDate.of(2026, 11, 13));
        var antwoord = consulent.post("/api/meldingen", """
                {"gemeente": "kampen", "ontvangen": "2026-11-13", "kanaal": "SCHRIFTELIJK",
                 "melder": {"rol": "DERDE", "naam": "Basisschool De Regenboog"},
                 "jeugdige": {"bsn": "123456782", "voornamen": "Noor", "achternaam": "Bakker", "geboortedatum": "2016-02-29"},
                 "hulpvraag": "Noor is vaak afwezig en lijkt thuis veel zorg te dragen."}""");
        assertThat(antwoord.status()).isEqualTo(201);
        String zaaknummer = antwoord.json().get("zaaknummer").asText();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return zaaknummer;
    }

    private String procesId(String zaaknummer) {
        return consulent.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + zaaknummer)
                .json().get(0).get("id").asText();
    }

    private String taak(String zaaknummer, String taakSleutel) {
        JsonNode taken = consulent.get("/engine-rest/task?processInstanceBusinessKey=" + zaaknummer
                + "&taskDefinitionKey=" + taakSleutel).json();
        assertThat(taken).as("open taak " + taakSleutel).hasSize(1);
        return taken.get(0).get("id").asText();
    }

    private void rond(String taakId, String variabelen) {
        String instantie = engine.getTaskService().createTaskQuery().taskId(taakId).singleResult().getProcessInstanceId();
        var antwoord = consulent.post("/engine-rest/task/" + taakId + "/complete", "{\"variables\": " + variabelen + "}");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(204);
        Brievenbus.verstuur(engine, instantie);
    }
}
