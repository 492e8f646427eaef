package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * The bezwaar API over real HTTP: 201 with the bezwaar and its own process, a late bezwaar registered as not
 * in time, and 400/404/409 problem+json that store nothing and start no process. The zaak's beschikking went
 * out on Friday 13 November 2026, so the bezwaartermijn ends on Monday 28 December 2026 (over Christmas).
 */
@ToegangIT
class BezwaarApiIT {

    private static final String PROBLEEM = "application/problem+json";

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient consulent;
    String zaaknummer;

    @BeforeEach
    void init() {
        consulent = new ApiClient(poort, "consulent");
        zaaknummer = TestBeschikking.zaakMetBeschikking(engine, meldingen, false);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void bezwaarBinnenDeTermijn_201MetLocation_eigenProces_enOpDeZaak() {
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        var antwoord = consulent.post(pad(), """
                {"ontvangen": "2026-12-01", "adviescommissie": false, "indiener": "Fatima de Vries"}""");

        assertThat(antwoord.status()).isEqualTo(201);
        JsonNode bezwaar = antwoord.json();
        long id = bezwaar.get("id").asLong();
        assertThat(antwoord.location()).isEqualTo("/api/zaken/" + zaaknummer + "/bezwaren/" + id);
        assertThat(bezwaar.get("ontvangen").asText()).isEqualTo("2026-12-01");
        assertThat(bezwaar.get("tijdig").asBoolean()).isTrue();
        assertThat(bezwaar.get("adviescommissie").asBoolean()).isFalse();
        // Awb 7:10 lid 1: six weeks after the bezwaartermijn ended on 28 December 2026.
        assertThat(bezwaar.get("beslistermijnUiterlijk").asText()).isEqualTo("2027-02-08");
        assertThat(bezwaar.get("status").asText()).isEqualTo("IN_BEHANDELING");
        assertThat(bezwaar.get("beslissing").isNull()).isTrue();
        assertThat(antwoord.body()).doesNotContain("Fatima");
        assertThat(bezwaarProcessen()).isEqualTo(1);

        var gelezen = consulent.get(antwoord.location());
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json()).isEqualTo(bezwaar);

        JsonNode zaak = consulent.get("/api/zaken/" + zaaknummer).json();
        assertThat(zaak.get("bezwaren")).hasSize(1);
        assertThat(zaak.get("bezwaren").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(zaak.get("termijnen").toString())
                .contains("{\"soort\":\"BEZWAARTERMIJN\",\"uiterlijk\":\"2026-12-28\",\"status\":\"GEHAALD\"");
        // The indiener's name is kept in the dossier only.
        assertThat(jdbc.queryForObject("select indiener from bezwaar where id = ?", String.class, id)).isEqualTo("Fatima de Vries");
    }

    @Test
    void bezwaarNaDeTermijn_wordtGeregistreerdMaarNietTijdig() {
        zetKlok(LocalDateTime.of(2027, 1, 4, 9, 0));
        var antwoord = consulent.post(pad(), "{\"adviescommissie\": false}");

        assertThat(antwoord.status()).isEqualTo(201);
        JsonNode bezwaar = antwoord.json();
        assertThat(bezwaar.get("ontvangen").asText()).isEqualTo("2027-01-04");
        assertThat(bezwaar.get("tijdig").asBoolean()).isFalse();
        // Counted from the day after receipt: six weeks after Monday 4 January 2027.
        assertThat(bezwaar.get("beslistermijnUiterlijk").asText()).isEqualTo("2027-02-15");
        // The family's term passed: VERSTREKEN, not an overrun of the gemeente's.
        assertThat(consulent.get("/api/zaken/" + zaaknummer).json().get("termijnen").toString())
                .contains("{\"soort\":\"BEZWAARTERMIJN\",\"uiterlijk\":\"2026-12-28\",\"status\":\"VERSTREKEN\"");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bezwaar-behandelen")
                .processInstanceBusinessKey(zaaknummer).variableValueEquals("bezwaarTijdig", false).count()).isEqualTo(1);
    }

    @Test
    void ongeldigeInvoer_400MetDeVelden_nietsOpgeslagenEnGeenProces() {
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        assertOngeldig("{\"ontvangen\": \"2026-12-02\", \"adviescommissie\": false}", "ontvangen");
        assertOngeldig("{\"ontvangen\": \"2026-11-12\", \"adviescommissie\": false}", "ontvangen");
        assertOngeldig("{\"ontvangen\": \"01-12-2026\", \"adviescommissie\": false}", "ontvangen");
        assertOngeldig("{\"ontvangen\": 20261201, \"adviescommissie\": false}", "ontvangen");
        assertOngeldig("{\"adviescommissie\": \"ja\"}", "adviescommissie");
        assertOngeldig("{\"adviescommissie\": false, \"reden\": \"Te weinig uren\"}", "reden");
        assertOngeldig("{\"indiener\": \"F. de Vries\"}", "adviescommissie");
        assertOngeldig("{\"adviescommissie\": false, \"indiener\": \"F.\\u0000\"}", "indiener");
        assertOngeldig("{\"adviescommissie\": false, \"indiener\": \"" + "x".repeat(201) + "\"}", "indiener");
        assertOngeldig("{\"adviescommissie\": false", "body");
        assertOngeldig("", "body");
    }

    @Test
    void onbekendeOfOnzichtbareZaak_404() {
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        // The indiener marks these requests: a bezwaar they left behind is found on whichever zaak it landed.
        String indiener = "Indiener " + UUID.randomUUID();
        String verzoek = "{\"adviescommissie\": false, \"indiener\": \"" + indiener + "\"}";
        var onbekend = consulent.post("/api/zaken/JH-2026-999999/bezwaren", verzoek);
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.contentType()).startsWith(PROBLEEM);
        assertThat(consulent.get("/api/zaken/" + zaaknummer + "/bezwaren/999999").status()).isEqualTo(404);

        // A user the engine grants nothing cannot see the zaak, so cannot object through us either.
        var identiteit = engine.getIdentityService();
        var buitenstaander = identiteit.newUser("buitenstaander");
        buitenstaander.setPassword("buitenstaander");
        identiteit.saveUser(buitenstaander);
        try {
            var antwoord = new ApiClient(poort, "buitenstaander").post(pad(), verzoek);
            assertThat(antwoord.status()).isEqualTo(404);
            assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        } finally {
            identiteit.deleteUser("buitenstaander");
        }
        assertThat(jdbc.queryForObject("select count(*) from bezwaar where indiener = ?", Long.class, indiener)).isZero();
        assertThat(aantalBezwaren()).isZero();
        assertThat(bezwaarProcessen()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("JH-2026-999999").count()).isZero();
    }

    @Test
    void wieDeZaakZietMaarGeenBezwaarMagStarten_403_enNietsBlijftAchter() {
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        var identiteit = engine.getIdentityService();
        var autorisaties = engine.getAuthorizationService();
        var lezer = identiteit.newUser("lezer");
        lezer.setPassword("lezer");
        identiteit.saveUser(lezer);
        identiteit.createTenantUserMembership("kampen", "lezer");
        Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        lezen.setUserId("lezer");
        lezen.setResource(Resources.PROCESS_DEFINITION);
        lezen.setResourceId("jeugdhulp-toegang");
        lezen.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
        autorisaties.saveAuthorization(lezen);
        try {
            ApiClient alleenLezen = new ApiClient(poort, "lezer");
            assertThat(alleenLezen.get("/api/zaken/" + zaaknummer).status()).isEqualTo(200);

            // The dossier row is written before the engine refuses to start the process: both roll back.
            var antwoord = alleenLezen.post(pad(), "{\"adviescommissie\": false}");
            assertThat(antwoord.status()).isEqualTo(403);
            assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        } finally {
            autorisaties.deleteAuthorization(lezen.getId());
            identiteit.deleteUser("lezer");
        }
        assertThat(aantalBezwaren()).isZero();
        assertThat(bezwaarProcessen()).isZero();
        assertThat(consulent.get("/api/zaken/" + zaaknummer).json().get("termijnen").toString())
                .contains("{\"soort\":\"BEZWAARTERMIJN\",\"uiterlijk\":\"2026-12-28\",\"status\":\"LOPEND\"");
    }

    /** Awb 7:5 and 10:3 lid 3 over /engine-rest: who took the beschikking may neither claim nor complete the bezwaar. */
    @Test
    void wieDeBeschikkingNam_krijgtDeBezwaartaakNiet_403() {
        String eigen = TestBeschikking.zaakMetBeschikkingVan(engine, meldingen, "teamleider.kampen");
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        assertThat(consulent.post("/api/zaken/" + eigen + "/bezwaren", "{\"adviescommissie\": false}").status()).isEqualTo(201);
        var betrokken = new ApiClient(poort, "teamleider.kampen");
        var ander = new ApiClient(poort, "teamleider");
        String taak = ander.get("/engine-rest/task?processDefinitionKey=bezwaar-behandelen&processInstanceBusinessKey=" + eigen)
                .json().get(0).get("id").asText();

        var claim = betrokken.post("/engine-rest/task/" + taak + "/claim", "{\"userId\": \"teamleider.kampen\"}");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().get("message").asText()).contains("Awb 7:5 en 10:3 lid 3");
        assertThat(ander.post("/engine-rest/task/" + taak + "/claim", "{\"userId\": \"teamleider\"}").status()).isEqualTo(204);
        assertThat(betrokken.post("/engine-rest/task/" + taak + "/complete", "{\"variables\": {\"ontvankelijk\": {\"value\": true}}}")
                .status()).isEqualTo(403);
        assertThat(ander.post("/engine-rest/task/" + taak + "/complete", "{\"variables\": {\"ontvankelijk\": {\"value\": true}}}")
                .status()).isEqualTo(204);
    }

    @Test
    void voorDeBeschikking_409() {
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        String zonderBeschikking = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 12, 1),
                LocalDate.of(2014, 5, 2))).getZaaknummer();

        var antwoord = consulent.post("/api/zaken/" + zonderBeschikking + "/bezwaren", "{\"adviescommissie\": false}");

        assertThat(antwoord.status()).isEqualTo(409);
        assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        assertThat(antwoord.json().get("detail").asText()).contains("nog geen verzonden beschikking");
        assertThat(jdbc.queryForObject("select count(*) from bezwaar b join zaak z on z.id = b.zaak_id where z.zaaknummer = ?",
                Long.class, zonderBeschikking)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zonderBeschikking)
                .processDefinitionKey("bezwaar-behandelen").count()).isZero();
    }

    @Test
    void zonderAanmelding_401() {
        var antwoord = new ApiClient(poort, null).post(pad(), "{\"adviescommissie\": false}");
        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        assertThat(aantalBezwaren()).isZero();
    }

    private void assertOngeldig(String body, String... velden) {
        var antwoord = consulent.post(pad(), body);
        assertThat(antwoord.status()).as(body).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        List<String> gemeld = new ArrayList<>();
        antwoord.json().get("fouten").forEach(fout -> gemeld.add(fout.get("veld").asText()));
        assertThat(gemeld).as(body).containsExactlyInAnyOrder(velden);
        assertThat(aantalBezwaren()).isZero();
        assertThat(bezwaarProcessen()).isZero();
    }

    private String pad() {
        return "/api/zaken/" + zaaknummer + "/bezwaren";
    }

    /** Of this test's zaak: the tests share one database. */
    private long aantalBezwaren() {
        return jdbc.queryForObject("select count(*) from bezwaar b join zaak z on z.id = b.zaak_id where z.zaaknummer = ?",
                Long.class, zaaknummer);
    }

    private long bezwaarProcessen() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("bezwaar-behandelen")
                .processInstanceBusinessKey(zaaknummer).count();
    }
}
