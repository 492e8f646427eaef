package nl.jeugdhulp.toegang.termijnbewaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.jeugdhulp.toegang.TestKlok.zetKlok;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.WebappSessie;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * The Termijnbewaking through its three doors: {@code /api/termijnbewaking} (JSON and CSV) and the Cockpit plugin's
 * backend with the Cockpit session. A teamleider of Kampen sees Kampen's overdue zaak and nothing of Dalfsen's; a
 * consulent gets nothing at all. Other ITs share the database, so the figures are checked on these two zaken.
 */
@ToegangIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermijnbewakingIT {

    private static final String PLUGIN = "/camunda/api/cockpit/plugin/termijnbewaking/default/overzicht";

    @LocalServerPort
    int poort;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectMapper json;
    @Autowired
    EngineClock klok;

    private String kampen;
    private String dalfsen;

    @BeforeAll
    void tweeZakenMetVerstrekenAfspraaktermijn() {
        kampen = verstrekenAfspraak("kampen");
        dalfsen = verstrekenAfspraak("dalfsen");
    }

    /** A zaak whose afspraaktermijn has passed: its timer fired, so the AFSPRAAK term is OVERSCHREDEN and escalated. */
    private String verstrekenAfspraak(String gemeente) {
        LocalDate vandaag = klok.today();
        String zaaknummer = meldingen.registreer(TestMelding.vanSam(gemeente, vandaag, vandaag.minusYears(12).minusDays(1)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        String instantie = zaken.findByZaaknummer(zaaknummer).orElseThrow().getProcesInstantieId();
        Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(instantie)
                .activityId("Timer_AfspraakTermijnVerstreken").singleResult();
        engine.getManagementService().executeJob(timer.getId());
        return zaaknummer;
    }

    @Test
    void teamleiderVanKampen_zietDeVerstrekenZaakVanKampen_enNietsVanDalfsen() {
        var antwoord = new ApiClient(poort, "teamleider.kampen").get("/api/termijnbewaking");

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        JsonNode overzicht = antwoord.json();
        assertThat(overzicht.get("gemeenten")).extracting(g -> g.get("gemeente").asText()).containsExactly("kampen");
        JsonNode zaak = zaak(overzicht, kampen);
        assertThat(zaak.get("termijn").asText()).isEqualTo("AFSPRAAK");
        assertThat(zaak.get("overschreden").asBoolean()).isTrue();
        assertThat(zaak.get("initialen").asText()).isEqualTo("S. d.V.");
        assertThat(zaak.get("stap").asText()).contains("Vooronderzoek doen en afspraak plannen",
                "Termijnoverschrijding beoordelen: AFSPRAAK");
        assertThat(zaak.get("procesInstantie").asText())
                .isEqualTo(zaken.findByZaaknummer(kampen).orElseThrow().getProcesInstantieId());
        JsonNode afspraak = telling(overzicht.get("gemeenten").get(0), "AFSPRAAK");
        assertThat(afspraak.get("overschreden").asInt()).isPositive();
        assertThat(afspraak.get("lopend").asInt()).isGreaterThanOrEqualTo(afspraak.get("overschreden").asInt());
        assertThat(overzicht.get("gemeenten").get(0).get("werklast")).anySatisfy(werklast -> {
            assertThat(werklast.has("medewerker")).as("niet toegewezen").isFalse();
            assertThat(werklast.get("openTaken").asInt()).isPositive();
        });
        assertThat(antwoord.body()).doesNotContain(dalfsen, "111222333", "Sam", "Vries", "Fatima");
    }

    @Test
    void eenRegionaleTeamleider_zietBeideGemeenten() {
        JsonNode overzicht = new ApiClient(poort, "teamleider").get("/api/termijnbewaking").json();

        assertThat(zaak(overzicht, kampen).get("gemeente").asText()).isEqualTo("kampen");
        assertThat(zaak(overzicht, dalfsen).get("gemeente").asText()).isEqualTo("dalfsen");
        var alleenDalfsen = new ApiClient(poort, "teamleider").get("/api/termijnbewaking?gemeente=dalfsen");
        assertThat(alleenDalfsen.body()).contains(dalfsen).doesNotContain(kampen);
    }

    @Test
    void eenAndereGemeente_eenOnbekendeGemeente_ofEenConsulent_wordenGeweigerd() {
        var andere = new ApiClient(poort, "teamleider.kampen").get("/api/termijnbewaking?gemeente=dalfsen");
        assertThat(andere.status()).isEqualTo(403);
        assertThat(andere.contentType()).startsWith("application/problem+json");
        assertThat(andere.body()).doesNotContain(dalfsen);

        var onbekend = new ApiClient(poort, "teamleider.kampen").get("/api/termijnbewaking?gemeente=atlantis");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().get("fouten").get(0).get("veld").asText()).isEqualTo("gemeente");

        assertThat(new ApiClient(poort, "consulent.kampen").get("/api/termijnbewaking").status()).isEqualTo(403);
        assertThat(new ApiClient(poort, "procesontwerper").get("/api/termijnbewaking/zaken.csv").status()).isEqualTo(403);
    }

    @Test
    void csv_voorDeEigenRapportage() {
        var csv = new ApiClient(poort, "teamleider.kampen").bestand("/api/termijnbewaking/zaken.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String tekst = new String(csv.inhoud(), UTF_8);
        assertThat(tekst).startsWith("\uFEFFzaaknummer;gemeente;initialen;termijn;uiterlijk;uiterlijk om;overschreden;")
                .contains(kampen + ";kampen;S. d.V.;AFSPRAAK;").doesNotContain(dalfsen, "111222333");

        var termijnen = new ApiClient(poort, "teamleider.kampen").bestand("/api/termijnbewaking/termijnen.csv");
        assertThat(new String(termijnen.inhoud(), UTF_8))
                .contains("kampen;AFSPRAAK;").doesNotContain("dalfsen");
        var werklast = new ApiClient(poort, "teamleider.kampen").bestand("/api/termijnbewaking/werklast.csv");
        assertThat(new String(werklast.inhoud(), UTF_8))
                .contains("kampen;(niet toegewezen);").doesNotContain("dalfsen");
    }

    /**
     * Awb 4:17 on the dashboard: Kampen's beslistermijn ran to 27 November 2026, the ingebrekestelling came on
     * 1 December, the dwangsom runs from 16 December. On 4 January 2027 that is 20 days: 14 × € 23 + 6 × € 35 = € 532,
     * per case and in the gemeente's total; Dalfsen's teamleider sees none of it. The doorlooptijden of the same day
 * show the phases of the last twelve months.
     */
    @Test
    void dwangsomEnDoorlooptijden_perZaakEnPerGemeente_ookAlsCsv() {
        String zaak = TestBeschikking.zaakMetAanvraag(engine, meldingen);
        try {
            zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
            var teamleider = new ApiClient(poort, "teamleider.kampen");
            assertThat(teamleider.post("/api/zaken/" + zaak + "/ingebrekestellingen", "{}").status()).isEqualTo(201);
            zetKlok(LocalDateTime.of(2027, 1, 4, 9, 0));

            JsonNode overzicht = teamleider.get("/api/termijnbewaking").json();
            JsonNode dwangsom = null;
            for (JsonNode rij : overzicht.get("dwangsommen")) {
                if (rij.get("zaaknummer").asText().equals(zaak)) {
                    dwangsom = rij;
                }
            }
            assertThat(dwangsom).as(overzicht.toString()).isNotNull();
            assertThat(dwangsom.get("eersteDwangsomdag").asText()).isEqualTo("2026-12-16");
            assertThat(dwangsom.get("dagen").asInt()).isEqualTo(20);
            assertThat(dwangsom.get("bedrag").decimalValue()).isEqualByComparingTo("532.00");
            assertThat(dwangsom.has("beschikkingVerzonden")).isFalse();
            JsonNode totaal = overzicht.get("gemeenten").get(0).get("dwangsom");
            assertThat(totaal.get("zaken").asInt()).isPositive();
            assertThat(totaal.get("bedrag").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("532.00"));

            assertThat(new String(teamleider.bestand("/api/termijnbewaking/dwangsommen.csv").inhoud(), UTF_8))
                    .startsWith("\uFEFFzaaknummer;gemeente;initialen;ingebrekestelling ontvangen;eerste dwangsomdag;")
                    .contains(zaak + ";kampen;S. d.V.;2026-12-01;2026-12-16;;20;532.00");
            assertThat(new ApiClient(poort, "teamleider.dalfsen").get("/api/termijnbewaking").body()).doesNotContain(zaak);

            // 001 §5: this zaak's gesprek on 13 November, 9 werkdagen after its melding, is in Kampen's November figures.
            assertThat(overzicht.get("doorlooptijden")).anySatisfy(d -> {
                assertThat(d.get("gemeente").asText()).isEqualTo("kampen");
                assertThat(d.get("maand").asText()).isEqualTo("2026-11");
                assertThat(d.get("fase").asText()).isEqualTo("MELDING_GESPREK");
                assertThat(d.get("aantal").asInt()).isPositive();
                assertThat(d.get("p90").asDouble()).isGreaterThanOrEqualTo(d.get("mediaan").asDouble());
                assertThat(d.get("binnenTermijn").asDouble()).isBetween(0.0, 1.0);
            });
            assertThat(new String(teamleider.bestand("/api/termijnbewaking/doorlooptijden.csv").inhoud(), UTF_8))
                    .startsWith("\uFEFFgemeente;maand;fase;aantal;mediaan (werkdagen);p90 (werkdagen);binnen termijn (%)")
                    .contains("kampen;2026-11;melding → gesprek;").doesNotContain("dalfsen");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void cockpitPlugin_zelfdeCijfers_zelfdeRegels() throws Exception {
        var cockpit = WebappSessie.aangemeld(poort, "cockpit", "teamleider.kampen");
        var eigen = cockpit.get(PLUGIN);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        JsonNode overzicht = json.readTree(eigen.body());
        assertThat(zaak(overzicht, kampen).get("overschreden").asBoolean()).isTrue();
        assertThat(eigen.body()).doesNotContain(dalfsen);
        assertThat(cockpit.get(PLUGIN + "?gemeente=dalfsen").statusCode()).isEqualTo(403);

        var module = cockpit.get("/camunda/api/cockpit/plugin/termijnbewaking/static/app/plugin.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.body()).contains("pluginPoint: 'cockpit.dashboard'");

        // A consulent cannot log in to Cockpit; with a Tasklist session the plugin's backend refuses too.
        assertThatThrownBy(() -> WebappSessie.aangemeld(poort, "cockpit", "consulent.kampen"))
                .isInstanceOf(IllegalStateException.class);
        var tasklist = WebappSessie.aangemeld(poort, "tasklist", "consulent.kampen");
        assertThat(tasklist.get(PLUGIN).statusCode()).isEqualTo(403);
    }

    private static JsonNode zaak(JsonNode overzicht, String zaaknummer) {
        for (JsonNode zaak : overzicht.get("zaken")) {
            if (zaak.get("zaaknummer").asText().equals(zaaknummer)) {
                return zaak;
            }
        }
        throw new AssertionError(zaaknummer + " staat niet in de termijnbewaking: " + overzicht);
    }

    private static JsonNode telling(JsonNode gemeente, String soort) {
        for (JsonNode telling : gemeente.get("termijnen")) {
            if (telling.get("soort").asText().equals(soort)) {
                return telling;
            }
        }
        throw new AssertionError(soort + " ontbreekt: " + gemeente);
    }
}
