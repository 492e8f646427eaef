package nl.jeugdhulp.toegang.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.ToegangIT;

/**
 * The intake API over real HTTP: 201 for a good melding, 401 without login, 400/413 that store nothing; and a
 * melding on each route (spoed, doorzenden, verwijzing, gedwongen kader) with its route decision, keeping the
 * child's BSN and name out of the engine.
 */
@ToegangIT
class MeldingApiIT {

    private static final String MELDING = """
            {"gemeente": "kampen", "ontvangen": "%s", "kanaal": "TELEFONISCH",
             "melder": {"rol": "OUDER", "naam": "Fatima de Vries"},
             "jeugdige": {"bsn": "%s", "voornamen": "Sam", "achternaam": "de Vries", "geboortedatum": "%s"%s},
             "hulpvraag": "Sam gaat al weken niet naar school."}""";
    /** Referred by the huisarts to "94000001", a provider Kampen has contracted. */
    private static final String VERWIJZER = """
            "verwijzer": {"type": "HUISARTS", "agbCode": "01012345", "naam": "Dr. Jansen"}""";
    private static final String AANBIEDER = """
            "aanbieder": {"agbCode": "94000001", "naam": "Praktijk De Brug"}""";
    private static final String VERWIJZING = VERWIJZER + ", " + AANBIEDER;
    private static final String GEDWONGEN_KADER = """
            "gedwongenKader": {"maatregel": "ONDERTOEZICHTSTELLING", "instelling": "Jeugdbescherming Overijssel"}""";

    @LocalServerPort
    int poort;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;

    ApiClient consulent;
    LocalDate vandaag;

    @BeforeEach
    void init() {
        consulent = new ApiClient(poort, "consulent");
        vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @AfterEach
    void resetKlok() {
        ClockUtil.reset();
    }

    @Test
    void geldigeMelding_geeft201MetLocationEnTermijnen() {
        var antwoord = consulent.post("/api/meldingen", melding(LocalDate.of(2026, 11, 13), "111222333", "2014-05-02", ""));

        assertThat(antwoord.status()).isEqualTo(201);
        JsonNode zaak = antwoord.json();
        String zaaknummer = zaak.get("zaaknummer").asText();
        assertThat(antwoord.location()).isEqualTo("/api/zaken/" + zaaknummer);
        assertThat(zaak.get("gemeente").asText()).isEqualTo("kampen");
        // The ontvangstbevestiging, the first step, runs right after this transaction as a job of its own.
        assertThat(zaak.get("fase").asText()).isEqualTo("MELDING");
        assertThat(zaak.get("termijnen").toString())
                .contains("{\"soort\":\"AFSPRAAK\",\"uiterlijk\":\"2026-11-27\",\"status\":\"LOPEND\"")
                .contains("{\"soort\":\"GESPREK\",\"uiterlijk\":\"2026-12-28\",\"status\":\"LOPEND\"");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count()).isOne();

        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        var gelezen = consulent.get("/api/zaken/" + zaaknummer);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("zaaknummer").asText()).isEqualTo(zaaknummer);
        assertThat(gelezen.json().get("fase").asText()).isEqualTo("VOORONDERZOEK");
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
        Stand voor = stand();
        var antwoord = new ApiClient(poort, null).post("/api/meldingen", melding(vandaag, "111222333", "2014-05-02", ""));
        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(new ApiClient(poort, "onbekend").get("/api/zaken/JH-2026-000001").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, null).get("/api/termijnen?gemeente=kampen&soort=GESPREK&vanaf=2026-11-13").status())
                .isEqualTo(401);
        assertThat(new ApiClient(poort, null).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, "onbekend").get("/engine-rest/task").status()).isEqualTo(401);
        assertNietsGemaaktSinds(voor);
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

    /** Each error names its field with its Dutch message, the value where that helps (docs/api.md). */
    @Test
    void ongeldigeMelding_elkeFoutMetHaarMelding() {
        assertFoutmeldingen(melding(vandaag.plusDays(1), "111222334", "2014-05-02", "")
                        .replace("\"kampen\"", "\"atlantis\"").replace("Fatima", "Fat\\u0007ima"),
                "gemeente: onbekende gemeente: atlantis", "ontvangen: ligt in de toekomst",
                "jeugdige.bsn: geen geldig BSN (elfproef)", "melder.naam: bevat stuurtekens");
        assertFoutmeldingen(melding(LocalDate.of(2014, 12, 31), "111222333", "2015-02-01", ""),
                "ontvangen: ligt voor 1 januari 2015, toen de Jeugdwet inging",
                "jeugdige.geboortedatum: ligt na de ontvangst van de melding");
        assertFoutmeldingen(melding(vandaag, "111222333", vandaag.plusDays(1).toString(), ""),
                "jeugdige.geboortedatum: ligt in de toekomst");
        assertFoutmeldingen(metRoute(melding(vandaag, "111222333", vandaag.minusYears(19).toString(), ""), VERWIJZER),
                "jeugdige.voortzettingReden: jeugdige is 19 jaar; na het 18e jaar alleen als voortzetting, met reden",
                "aanbieder: verplicht bij een verwijzing: naar welke aanbieder is verwezen");
        assertFoutmeldingen(metRoute(melding(vandaag, "111222333", vandaag.minusYears(25).toString(), ""), AANBIEDER),
                "jeugdige.geboortedatum: jeugdige is 25 jaar; jeugdhulp loopt tot 23 jaar",
                "verwijzer: verplicht als een aanbieder is genoemd");
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

        Stand voor = stand();
        var antwoord = consulent.post("/api/meldingen", melding(vandaag, "111222333", "2014-05-02", "")
                .replace("Sam gaat al weken niet naar school.", "x".repeat(100_000)));
        assertThat(antwoord.status()).isEqualTo(413);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertNietsGemaaktSinds(voor);
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

    /** A gemeente whose own policy is silent gets the default, and the rule says whose policy it follows. */
    @Test
    void termijnregel_noemtHaarBron_eigenBeleidStandaardOfWet() {
        assertThat(regel("kampen", "AFSPRAAK")).isEqualTo("10 werkdagen na melding (Kampen, beleidsregels jeugdhulp §2.3.1)");
        assertThat(regel("dalfsen", "AFSPRAAK"))
                .isEqualTo("10 werkdagen na melding (standaard, naar Kampen, beleidsregels jeugdhulp §2.3.1)");
        assertThat(regel("stadskanaal", "VERSLAG")).isEqualTo("10 werkdagen na gesprek (Stadskanaal, nadere regels jeugdhulp art 6.2)");
        assertThat(regel("dordrecht", "VERSLAG"))
                .isEqualTo("10 werkdagen na gesprek (standaard, naar Stadskanaal, nadere regels jeugdhulp art 6.2)");
        assertThat(regel("dordrecht", "BESCHIKKING")).isEqualTo("8 weken na aanvraag (Awb art 4:13 lid 2)");
    }

    private String regel(String gemeente, String soort) {
        return consulent.get("/api/termijnen?gemeente=" + gemeente + "&soort=" + soort + "&vanaf=2026-11-13").json()
                .get("regel").asText();
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
    void agbCodeVanVerwijzerNietAchtCijfers_400_enNietsOpgeslagen() {
        assertOngeldig(metRoute(VERWIJZING.replace("01012345", "1234")), "verwijzer.agbCode");
        assertOngeldig(metRoute(VERWIJZING.replace("01012345", "abcdefgh")), "verwijzer.agbCode");
        assertOngeldig(metRoute(VERWIJZING.replace("01012345", "010123456")), "verwijzer.agbCode");
        assertOngeldig(metRoute(VERWIJZING.replace("94000001", "9400000")), "aanbieder.agbCode");

        var antwoord = consulent.post("/api/meldingen", metRoute(VERWIJZING.replace("01012345", "1234")));
        assertThat(antwoord.json().get("fouten").toString())
                .contains("{\"veld\":\"verwijzer.agbCode\",\"melding\":\"AGB-code heeft 8 cijfers\"}");
    }

    @Test
    void onbekendSoortVerwijzer_400() {
        assertOngeldig(metRoute(VERWIJZING.replace("HUISARTS", "TANDARTS")), "verwijzer.type");
        assertOngeldig(metRoute(VERWIJZING.replace("\"HUISARTS\"", "1")), "verwijzer.type");
    }

    @Test
    void verwijzerEnAanbieder_alleenSamen() {
        assertOngeldig(metRoute(VERWIJZER), "aanbieder");
        assertOngeldig(metRoute(AANBIEDER), "verwijzer");
    }

    @Test
    void gedwongenKaderZonderOfMetOnbekendeMaatregel_400() {
        assertOngeldig(metRoute("\"gedwongenKader\": {\"instelling\": \"Jeugdbescherming Overijssel\"}"),
                "gedwongenKader.maatregel");
        assertOngeldig(metRoute(GEDWONGEN_KADER.replace("ONDERTOEZICHTSTELLING", "HUISARREST")), "gedwongenKader.maatregel");
        assertOngeldig(metRoute(GEDWONGEN_KADER.replace("\"ONDERTOEZICHTSTELLING\"", "null")), "gedwongenKader.maatregel");
    }

    @Test
    void gedwongenKaderZonderInstelling_400() {
        assertOngeldig(metRoute(GEDWONGEN_KADER.replace("Jeugdbescherming Overijssel", "  ")), "gedwongenKader.instelling");
        assertOngeldig(metRoute("\"gedwongenKader\": {\"maatregel\": \"VOOGDIJ\"}"), "gedwongenKader.instelling");
    }

    @Test
    void gezagZonderGemeenteOfMetStuurteken_400() {
        assertOngeldig(metRoute("\"gezag\": {\"gemeente\": \" \"}"), "gezag.gemeente");
        assertOngeldig(metRoute("\"gezag\": {}"), "gezag.gemeente");
        assertOngeldig(metRoute("\"gezag\": {\"gemeente\": \"Zwol\\u0007le\"}"), "gezag.gemeente");
        assertOngeldig(metRoute("\"gezag\": {\"gemeente\": \"Zwolle\\n\"}"), "gezag.gemeente");
    }

    @Test
    void spoedAlsTekstOfGetal_400() {
        assertOngeldig(metRoute("\"spoed\": \"ja\""), "spoed");
        assertOngeldig(metRoute("\"spoed\": \"true\""), "spoed");
        assertOngeldig(metRoute("\"spoed\": 1"), "spoed");
    }

    @Test
    void onbekendVeldInVerwijzer_400() {
        assertOngeldig(metRoute(VERWIJZING.replace("\"naam\": \"Dr. Jansen\"",
                "\"naam\": \"Dr. Jansen\", \"specialisme\": \"kinderarts\"")), "verwijzer.specialisme");
        assertOngeldig(metRoute("\"gezag\": {\"gemeente\": \"Zwolle\", \"ouder\": \"moeder\"}"), "gezag.ouder");
    }

    @Test
    void spoedmelding_routeSpoed_crisisbezoekTweeUurNaRegistratie() {
        // Registered on Friday 13 November at 09:00: the crisis service must be there by 11:00 (002 §4.4.3.4).
        JsonNode zaak = registreerOpDertienNovember("\"spoed\": true");

        assertThat(zaak.get("route").asText()).isEqualTo("SPOED");
        assertThat(zaak.get("spoed").asBoolean()).isTrue();
        assertThat(zaak.get("fase").asText()).isEqualTo("CRISIS");
        JsonNode crisisbezoek = termijn(zaak, "CRISISBEZOEK");
        assertThat(Instant.parse(crisisbezoek.get("uiterlijkOm").asText()))
                .isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 11, 13, 11, 0)).toInstant());
        assertThat(crisisbezoek.get("status").asText()).isEqualTo("LOPEND");
        assertThat(crisisbezoek.get("regel").asText()).contains("§4.4.3.4");
        JsonNode vervolghulp = termijn(zaak, "VERVOLGHULP");
        assertThat(vervolghulp.get("uiterlijk").asText()).isEqualTo("2026-12-11");
        assertThat(vervolghulp.has("uiterlijkOm")).as("een termijn in weken heeft geen tijdstip").isFalse();
        assertThat(zaak.get("termijnen").findValuesAsText("soort")).as("het onderzoek begint na de crisis")
                .containsExactly("CRISISBEZOEK", "VERVOLGHULP");
        assertRoutebeslissing(zaak, "route = SPOED", "004 art 3.3");
        assertThat(Instant.parse(zaak.get("beslissingen").get(0).get("genomen").asText()))
                .isEqualTo(TestKlok.tijdstip(LocalDateTime.of(2026, 11, 13, 9, 0)).toInstant());
        assertGeenBsnOfNaamInDeEngine(zaak);
    }

    @Test
    void gezagInEenAndereGemeente_routeDoorzenden() {
        JsonNode zaak = registreerOpDertienNovember("\"gezag\": {\"gemeente\": \"Zwolle\"}");

        assertThat(zaak.get("route").asText()).isEqualTo("DOORZENDEN");
        assertThat(zaak.get("spoed").asBoolean()).isFalse();
        assertThat(zaak.get("fase").asText()).isEqualTo("DOORZENDEN");
        assertThat(zaak.get("doorgezonden").isNull()).as("pas na controle door de consulent").isTrue();
        assertThat(zaak.get("termijnen").findValuesAsText("soort")).doesNotContain("CRISISBEZOEK", "VERVOLGHULP");
        assertRoutebeslissing(zaak, "route = DOORZENDEN", "002 §2.1");
        assertGeenBsnOfNaamInDeEngine(zaak);
    }

    @Test
    void gezagInDezelfdeGemeenteBijNaam_routeRegulier() {
        JsonNode zaak = registreerOpDertienNovember("\"gezag\": {\"gemeente\": \"Kampen\"}");

        assertThat(zaak.get("route").asText()).isEqualTo("REGULIER");
        assertThat(zaak.get("fase").asText()).isEqualTo("VOORONDERZOEK");
        assertThat(zaak.get("doorgezonden").isNull()).isTrue();
        assertRoutebeslissing(zaak, "route = REGULIER", "002 §2.2");
        assertGeenBsnOfNaamInDeEngine(zaak);
    }

    @Test
    void verwijzingNaarGecontracteerdeAanbieder_routeVerwijzing_directBesluitvorming() {
        JsonNode zaak = registreerOpDertienNovember(VERWIJZING);

        assertThat(zaak.get("route").asText()).isEqualTo("VERWIJZING");
        assertThat(zaak.get("fase").asText()).isEqualTo("BESLUITVORMING");
        // Kampen 002 §2.5: 2 weken na de aanvraag, which a referral is from the day of the melding.
        JsonNode beschikking = termijn(zaak, "BESCHIKKING");
        assertThat(beschikking.get("uiterlijk").asText()).isEqualTo("2026-11-27");
        assertThat(beschikking.get("status").asText()).isEqualTo("LOPEND");
        assertThat(beschikking.has("oorspronkelijk")).as("niet verdaagd").isFalse();
        assertThat(termijn(zaak, "AFSPRAAK").get("status").asText()).isEqualTo("VERVALLEN");
        assertRoutebeslissing(zaak, "route = VERWIJZING", "004 art 8.2");
        assertGeenBsnOfNaamInDeEngine(zaak);
    }

    @Test
    void gedwongenKader_routeGedwongenKader() {
        JsonNode zaak = registreerOpDertienNovember(GEDWONGEN_KADER);

        assertThat(zaak.get("route").asText()).isEqualTo("GEDWONGEN_KADER");
        assertThat(zaak.get("fase").asText()).isEqualTo("GEDWONGEN_KADER");
        assertRoutebeslissing(zaak, "route = GEDWONGEN_KADER", "001 §2.6");
        assertThat(zaak.get("beslissingen").get(0).get("motivering").asText()).contains("zonder PGB");
        assertGeenBsnOfNaamInDeEngine(zaak);
    }

    @Test
    void onbekendeZaak_404ProblemJson() {
        var antwoord = consulent.get("/api/zaken/JH-1999-999999");
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }

    private void assertOngeldig(String body, String... velden) {
        Stand voor = stand();

        var antwoord = consulent.post("/api/meldingen", body);

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(velden(antwoord.json())).containsExactlyInAnyOrder(velden);
        assertNietsGemaaktSinds(voor);
    }

    private void assertFoutmeldingen(String body, String... fouten) {
        Stand voor = stand();

        var antwoord = consulent.post("/api/meldingen", body);

        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        var gemeld = new ArrayList<String>();
        antwoord.json().get("fouten").forEach(f -> gemeld.add(f.get("veld").asText() + ": " + f.get("melding").asText()));
        assertThat(gemeld).containsExactlyInAnyOrder(fouten);
        assertNietsGemaaktSinds(voor);
    }

    /**
     * The highest zaak id and the engine's time before a request. A zaak the request makes has a higher id, and the
     * process of a melding it starts a later start time; the zaken and processes of other tests, which the job
     * executor may be moving on meanwhile, are older.
     */
    private record Stand(long hoogsteZaakId, Date tijdstip) {
    }

    private Stand stand() {
        return new Stand(jdbc.queryForObject("select coalesce(max(id), 0) from zaak", Long.class),
                ClockUtil.getCurrentTime());
    }

    /** The request left no trace: no zaak row and no process of a melding. */
    private void assertNietsGemaaktSinds(Stand voor) {
        assertThat(jdbc.queryForList("select zaaknummer from zaak where id > ?", String.class, voor.hoogsteZaakId()))
                .as("zaken van dit verzoek").isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MeldingService.PROCES)
                .startedAfter(voor.tijdstip()).list()).as("processen van dit verzoek").isEmpty();
    }

    private static List<String> velden(JsonNode problem) {
        var velden = new ArrayList<String>();
        problem.get("fouten").forEach(f -> velden.add(f.get("veld").asText()));
        return velden;
    }

    /** The melding on 13 November 2026 with these route fields, registered at 09:00 that day; the zaak as read back. */
    private JsonNode registreerOpDertienNovember(String routevelden) {
        TestKlok.zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        var antwoord = consulent.post("/api/meldingen",
                metRoute(melding(LocalDate.of(2026, 11, 13), "111222333", "2014-05-02", ""), routevelden));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        Brievenbus.verstuurVoorZaken(engine, antwoord.location().substring("/api/zaken/".length()));
        var gelezen = consulent.get(antwoord.location());
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.body()).doesNotContain("111222333").doesNotContain("de Vries");
        return gelezen.json();
    }

    /** The route is the first decision, by the table processes/toegangsroute.dmn, citing its source. */
    private static void assertRoutebeslissing(JsonNode zaak, String uitkomst, String bron) {
        JsonNode beslissing = zaak.get("beslissingen").get(0);
        assertThat(beslissing.get("soort").asText()).isEqualTo("toegangsroute");
        assertThat(beslissing.get("uitkomst").asText()).isEqualTo(uitkomst);
        assertThat(beslissing.get("motivering").asText()).contains(bron);
        assertThat(beslissing.get("door").asText()).startsWith("regel toegangsroute");
    }

    private static JsonNode termijn(JsonNode zaak, String soort) {
        var termijnen = new ArrayList<JsonNode>();
        zaak.get("termijnen").forEach(t -> {
            if (t.get("soort").asText().equals(soort)) {
                termijnen.add(t);
            }
        });
        assertThat(termijnen).as("termijn " + soort).hasSize(1);
        return termijnen.get(0);
    }

    /**
     * The process carries the zaaknummer, dates and flags only. The one exception by design is the header of an
     * open task's form (TaakContextListener): task-local, gone with the task and never in the history; even
     * that has no BSN.
     */
    private void assertGeenBsnOfNaamInDeEngine(JsonNode zaak) {
        String procesId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(zaak.get("zaaknummer").asText()).singleResult().getId();
        var variabelen = runtimeService.createVariableInstanceQuery().processInstanceIdIn(procesId).list();
        assertThat(variabelen).extracting(v -> v.getName()).contains("gemeente", "route");
        assertThat(variabelen).allSatisfy(v -> assertThat(String.valueOf(v.getValue())).as(v.getName())
                .doesNotContain("111222333"));
        assertThat(variabelen).filteredOn(v -> v.getTaskId() == null).allSatisfy(v ->
                assertThat(String.valueOf(v.getValue())).as(v.getName()).doesNotContain("Sam", "Vries"));
        var historie = historyService.createHistoricVariableInstanceQuery().processInstanceId(procesId).list();
        assertThat(historie).extracting(v -> v.getName()).contains("gemeente", "route");
        assertThat(historie).allSatisfy(v -> assertThat(String.valueOf(v.getValue())).as(v.getName())
                .doesNotContain("111222333", "Sam", "Vries"));
    }

    /** A melding of today with these route fields added. */
    private String metRoute(String routevelden) {
        return metRoute(melding(vandaag, "111222333", "2014-05-02", ""), routevelden);
    }

    private static String metRoute(String melding, String routevelden) {
        return melding.substring(0, melding.lastIndexOf('}')) + ", " + routevelden + "}";
    }

    private static String melding(LocalDate ontvangen, String bsn, String geboortedatum, String extra) {
        return MELDING.formatted(ontvangen, bsn, geboortedatum, extra);
    }
}
