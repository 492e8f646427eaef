package nl.jeugdhulp.toegang.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import nl.jeugdhulp.toegang.ApiClient;

/** The intake API over real HTTP: 201 for a good melding, 401 without login, 400/413 that store nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MeldingApiIT {

    private static final String MELDING = """
            {"gemeente": "kampen", "ontvangen": "%s", "kanaal": "TELEFONISCH",
             "melder": {"rol": "OUDER", "naam": "Fatima de Vries"},
             "jeugdige": {"bsn": "%s", "voornamen": "Sam", "achternaam": "de Vries", "geboortedatum": "%s"%s},
             "hulpvraag": "Sam gaat al weken niet naar school."}""";

    @LocalServerPort
    int poort;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    ApiClient consulent;
    LocalDate vandaag;

    @BeforeEach
    void init() {
        consulent = new ApiClient(poort, "consulent");
        vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void geldigeMelding_geeft201MetLocationEnTermijnen() {
        var antwoord = consulent.post("/api/meldingen", melding(LocalDate.of(2026, 11, 13), "111222333", "2014-05-02", ""));

        assertThat(antwoord.status()).isEqualTo(201);
        JsonNode zaak = antwoord.json();
        String zaaknummer = zaak.get("zaaknummer").asText();
        assertThat(antwoord.location()).isEqualTo("/api/zaken/" + zaaknummer);
        assertThat(zaak.get("gemeente").asText()).isEqualTo("kampen");
        assertThat(zaak.get("fase").asText()).isEqualTo("VOORONDERZOEK");
        assertThat(zaak.get("termijnen").toString())
                .contains("{\"soort\":\"AFSPRAAK\",\"uiterlijk\":\"2026-11-27\",\"status\":\"LOPEND\"")
                .contains("{\"soort\":\"GESPREK\",\"uiterlijk\":\"2026-12-28\",\"status\":\"LOPEND\"");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count()).isOne();

        var gelezen = consulent.get("/api/zaken/" + zaaknummer);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("zaaknummer").asText()).isEqualTo(zaaknummer);
        assertThat(gelezen.body()).doesNotContain("111222333").doesNotContain("de Vries");
    }

    @Test
    void zonderOntvangstdatum_geldtVandaag() {
        var antwoord = consulent.post("/api/meldingen", """
                {"gemeente": "dalfsen", "kanaal": "PERSOONLIJK", "melder": {"rol": "JEUGDIGE", "naam": "Sam"},
                 "jeugdige": {"bsn": "123456782", "voornamen": "Sam", "achternaam": "Jansen", "geboortedatum": "2010-01-31"},
                 "hulpvraag": "Ik wil praten over thuis."}""");
        assertThat(antwoord.status()).isEqualTo(201);
        assertThat(antwoord.json().get("ontvangen").asText()).isEqualTo(vandaag.toString());
    }

    @Test
    void negentienjarigeMetVoortzettingsreden_wordtGeregistreerd() {
        var antwoord = consulent.post("/api/meldingen", melding(vandaag, "111222333", vandaag.minusYears(19).toString(),
                ", \"voortzettingReden\": \"Hulp loopt sinds het 17e jaar\""));
        assertThat(antwoord.status()).isEqualTo(201);
    }

    @Test
    void zonderAanmelding_401_enNietsOpgeslagen() {
        long voor = aantalZaken();
        var antwoord = new ApiClient(poort, null).post("/api/meldingen", melding(vandaag, "111222333", "2014-05-02", ""));
        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(new ApiClient(poort, "onbekend").get("/api/zaken/JH-2026-000001").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, null).get("/api/termijnen?gemeente=kampen&soort=GESPREK&vanaf=2026-11-13").status())
                .isEqualTo(401);
        assertThat(new ApiClient(poort, null).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, "onbekend").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(aantalZaken()).isEqualTo(voor);
    }

    @Test
    void ongeldigBsn_400_metVeld_enNietsOpgeslagen() {
        assertOngeldig(melding(vandaag, "111222334", "2014-05-02", ""), "jeugdige.bsn");
    }

    @Test
    void datumsInDeToekomst_400_metBeideVelden() {
        assertOngeldig(melding(vandaag.plusDays(1), "111222333", vandaag.plusDays(2).toString(), ""),
                "ontvangen", "jeugdige.geboortedatum");
    }

    @Test
    void achttienjarigeZonderReden_400() {
        assertOngeldig(melding(vandaag, "111222333", vandaag.minusYears(18).toString(), ""), "jeugdige.voortzettingReden");
    }

    @Test
    void drieentwintigjarige_400_ookMetReden() {
        assertOngeldig(melding(vandaag, "111222333", vandaag.minusYears(23).toString(), ", \"voortzettingReden\": \"x\""),
                "jeugdige.geboortedatum");
    }

    @Test
    void onbekendeGemeenteEnOntbrekendeVelden_400_allemaalGenoemd() {
        assertOngeldig("""
                {"gemeente": "atlantis", "melder": {"rol": "OUDER"}, "jeugdige": {"bsn": "", "voornamen": "Sam"}}""",
                "gemeente", "kanaal", "melder.naam", "jeugdige.bsn", "jeugdige.achternaam", "jeugdige.geboortedatum",
                "hulpvraag");
    }

    @Test
    void onleesbareInvoer_400() {
        assertOngeldig("{\"gemeente\": \"kampen\", ", "body");
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "").replace("TELEFONISCH", "FAX"), "kanaal");
        assertOngeldig(melding(vandaag, "111222333", "31-12-2014", ""), "jeugdige.geboortedatum");
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", ", \"roepnaam\": \"Sammie\""), "jeugdige.roepnaam");
        assertOngeldig("", "body");
    }

    @Test
    void verkeerdeJsonTypen_400() {
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "").replace("\"TELEFONISCH\"", "0"), "kanaal");
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "")
                .replace("{\"rol\": \"OUDER\", \"naam\": \"Fatima de Vries\"}", "[]"), "melder");
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "").replace("\"2014-05-02\"", "20000"),
                "jeugdige.geboortedatum");
        assertOngeldig("[]", "body");
    }

    @Test
    void onmogelijkeDatumsEnStuurtekens_400() {
        assertOngeldig(melding(LocalDate.of(2014, 12, 31), "111222333", "2010-05-02", ""), "ontvangen");
        assertOngeldig(melding(LocalDate.of(2026, 11, 13), "111222333", "2026-11-20", ""), "jeugdige.geboortedatum");
        assertOngeldig(melding(vandaag, "111222333", "2014-02-30", ""), "jeugdige.geboortedatum");
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "").replace("Fatima", "Fat\\u0000ima"), "melder.naam");
        var geldig = consulent.post("/api/meldingen", melding(vandaag, "111222333", "2014-05-02", "")
                .replace("naar school.", "naar school.\\nSinds de zomer.\\tErnstig."));
        assertThat(geldig.status()).isEqualTo(201);
    }

    @Test
    void verplichtVeldOntbreekt_meldingInHetNederlands() {
        var antwoord = consulent.post("/api/meldingen", "{}");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().get("fouten").toString()).contains("{\"veld\":\"kanaal\",\"melding\":\"is verplicht\"}");
    }

    @Test
    void teLangeHulpvraag_400_teGrootVerzoek_413() {
        assertOngeldig(melding(vandaag, "111222333", "2014-05-02", "")
                .replace("Sam gaat al weken niet naar school.", "x".repeat(10_001)), "hulpvraag");

        long voor = aantalZaken();
        var antwoord = consulent.post("/api/meldingen", melding(vandaag, "111222333", "2014-05-02", "")
                .replace("Sam gaat al weken niet naar school.", "x".repeat(100_000)));
        assertThat(antwoord.status()).isEqualTo(413);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(aantalZaken()).isEqualTo(voor);
    }

    @Test
    void termijnBerekening_legtOvergeslagenDagenUit() {
        var antwoord = consulent.get("/api/termijnen?gemeente=kampen&soort=GESPREK&vanaf=2026-11-13");
        assertThat(antwoord.status()).isEqualTo(200);
        JsonNode termijn = antwoord.json();
        assertThat(termijn.get("uiterlijk").asText()).isEqualTo("2026-12-28");
        assertThat(termijn.get("regel").asText()).startsWith("6 weken na melding");
        assertThat(termijn.get("uitleg").toString())
                .isEqualTo("[\"2026-12-25 Eerste Kerstdag\",\"2026-12-26 Tweede Kerstdag\",\"2026-12-27 zondag\"]");

        assertThat(consulent.get("/api/termijnen?gemeente=kampen&soort=AFSPRAAK&vanaf=2026-03-30").json()
                .get("uiterlijk").asText()).isEqualTo("2026-04-15");
    }

    @Test
    void termijnBerekening_onbekendeSoortOfGemeente_400() {
        var antwoord = consulent.get("/api/termijnen?gemeente=atlantis&soort=WACHTEN&vanaf=2026-11-13");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(velden(antwoord.json())).containsExactlyInAnyOrder("gemeente", "soort");
        assertThat(velden(consulent.get("/api/termijnen?gemeente=kampen&soort=GESPREK&vanaf=morgen").json()))
                .containsExactly("vanaf");
        assertThat(velden(consulent.get("/api/termijnen?gemeente=kampen&soort=GESPREK").json())).containsExactly("vanaf");
        assertThat(velden(consulent.get("/api/termijnen?gemeente=kampen&soort=GESPREK&vanaf=%2B999999999-12-31").json()))
                .containsExactly("vanaf");
    }

    @Test
    void onbekendeZaak_404ProblemJson() {
        var antwoord = consulent.get("/api/zaken/JH-1999-999999");
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }

    private void assertOngeldig(String body, String... velden) {
        long zakenVoor = aantalZaken();
        long processenVoor = runtimeService.createProcessInstanceQuery().count();

        var antwoord = consulent.post("/api/meldingen", body);

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(velden(antwoord.json())).containsExactlyInAnyOrder(velden);
        assertThat(aantalZaken()).isEqualTo(zakenVoor);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processenVoor);
    }

    private static List<String> velden(JsonNode problem) {
        var velden = new ArrayList<String>();
        problem.get("fouten").forEach(f -> velden.add(f.get("veld").asText()));
        return velden;
    }

    private long aantalZaken() {
        return jdbc.queryForObject("select count(*) from zaak", Long.class);
    }

    private static String melding(LocalDate ontvangen, String bsn, String geboortedatum, String extra) {
        return MELDING.formatted(ontvangen, bsn, geboortedatum, extra);
    }
}
