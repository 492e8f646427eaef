package nl.jeugdhulp.toegang.dwangsom;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
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
 * {@code POST /api/zaken/{nr}/ingebrekestellingen} over real HTTP (Awb 4:17): 201 with the first dwangsom day and a
 * task for the teamleiders; 400, 403, 404 and 409 as problem+json that record nothing and make no task. The zaak's
 * aanvraag came on Friday 13 November 2026, so its beslistermijn ran to 27 November (Kampen 002 §2.5).
 */
@ToegangIT
class IngebrekestellingApiIT {

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
        zaaknummer = TestBeschikking.zaakMetAanvraag(engine, meldingen);
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    /** Received on Tuesday 1 December: decided in time up to and including 15 December, a dwangsom from the 16th. */
    @Test
    void ingebrekestelling_201MetDeEersteDwangsomdag_taakVoorDeTeamleiders_enOpDeZaak() {
        var antwoord = consulent.post(pad(), "{\"ontvangen\": \"2026-12-01\"}");

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        assertThat(antwoord.location()).isEqualTo("/api/zaken/" + zaaknummer + "/ingebrekestelling");
        JsonNode ingebrekestelling = antwoord.json();
        assertThat(ingebrekestelling.get("ontvangen").asText()).isEqualTo("2026-12-01");
        assertThat(ingebrekestelling.get("beslissenUiterlijk").asText()).isEqualTo("2026-12-15");
        assertThat(ingebrekestelling.get("eersteDwangsomdag").asText()).isEqualTo("2026-12-16");
        assertThat(ingebrekestelling.get("dagen").asInt()).isZero();
        assertThat(ingebrekestelling.get("bedrag").decimalValue()).isEqualByComparingTo("0");
        assertThat(teamleiderTaken()).isEqualTo(1);

        // On Monday 4 January 2027: 16 December up to and including 4 January is 20 days, 14 × € 23 + 6 × € 35.
        zetKlok(LocalDateTime.of(2027, 1, 4, 9, 0));
        var gelezen = consulent.get(antwoord.location());
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("dagen").asInt()).isEqualTo(20);
        assertThat(gelezen.json().get("bedrag").decimalValue()).isEqualByComparingTo("532.00");
        assertThat(consulent.get("/api/zaken/" + zaaknummer).json().get("ingebrekestelling")).isEqualTo(gelezen.json());
    }

    @Test
    void ongeldigeInvoer_400MetHetVeld_nietsVastgelegdEnGeenTaak() {
        assertOngeldig("{\"ontvangen\": \"2026-12-02\"}", "ontvangen");
        // Within the beslistermijn an ingebrekestelling does not count yet (Awb 4:17 lid 3).
        assertOngeldig("{\"ontvangen\": \"2026-11-27\"}", "ontvangen");
        assertOngeldig("{\"ontvangen\": \"2026-11-31\"}", "ontvangen");
        assertOngeldig("{\"ontvangen\": \"01-12-2026\"}", "ontvangen");
        assertOngeldig("{\"ontvangen\": \"2026-12-01\", \"bedrag\": 1442}", "bedrag");
        assertOngeldig("{\"ontvangen\": ", "body");
        assertThat(consulent.get("/api/zaken/" + zaaknummer + "/ingebrekestelling").status()).isEqualTo(404);
    }

    @Test
    void zonderAanvraag_naDeBeschikking_enEenTweedeKeer_409() {
        String zonderAanvraag = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.of(2026, 12, 1),
                LocalDate.of(2014, 5, 2))).getZaaknummer();
        assertConflict("/api/zaken/" + zonderAanvraag + "/ingebrekestellingen", "geen aanvraag");

        String beschikt = TestBeschikking.zaakMetBeschikking(engine, meldingen, false);
        zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        assertConflict("/api/zaken/" + beschikt + "/ingebrekestellingen", "al verzonden");

        assertThat(consulent.post(pad(), "{}").status()).isEqualTo(201);
        assertConflict(pad(), "al een ingebrekestelling");
        assertThat(teamleiderTaken()).isEqualTo(1);
    }

    @Test
    void onbekendeZaak_404_procesontwerper_403_zonderAanmelding_401() {
        var onbekend = consulent.post("/api/zaken/JH-2026-999999/ingebrekestellingen", "{}");
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.contentType()).startsWith(PROBLEEM);
        var procesontwerper = new ApiClient(poort, "procesontwerper").post(pad(), "{}");
        assertThat(procesontwerper.status()).isEqualTo(403);
        assertThat(procesontwerper.contentType()).startsWith(PROBLEEM);
        assertThat(new ApiClient(poort, null).post(pad(), "{}").status()).isEqualTo(401);
        assertNietsVastgelegd();
    }

    private void assertOngeldig(String body, String... velden) {
        var antwoord = consulent.post(pad(), body);
        assertThat(antwoord.status()).as(body).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        List<String> gemeld = new ArrayList<>();
        antwoord.json().get("fouten").forEach(fout -> gemeld.add(fout.get("veld").asText()));
        assertThat(gemeld).as(body).containsExactlyInAnyOrder(velden);
        assertNietsVastgelegd();
    }

    private void assertConflict(String pad, String reden) {
        var antwoord = consulent.post(pad, "{}");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(409);
        assertThat(antwoord.contentType()).startsWith(PROBLEEM);
        assertThat(antwoord.json().get("detail").asText()).contains(reden);
    }

    private void assertNietsVastgelegd() {
        assertThat(jdbc.queryForObject("select count(*) from zaak where zaaknummer = ? and ingebrekestelling_ontvangen is not null",
                Long.class, zaaknummer)).isZero();
        assertThat(teamleiderTaken()).isZero();
    }

    private long teamleiderTaken() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey("Task_IngebrekestellingBehandelen").count();
    }

    private String pad() {
        return "/api/zaken/" + zaaknummer + "/ingebrekestellingen";
    }
}
