package nl.jeugdhulp.toegang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.WebappSessie;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * Who may do what with whose zaak: every endpoint of our API and the engine's REST API that a consulent or
 * teamleider uses, for each role, on a zaak of their own gemeente and of another. A user of Kampen gets 404 for
 * a Dalfsen zaak (its existence is not given away) and an empty list where a list is asked; a regional user,
 * member of every gemeente, works in both. The whole table is checked before it fails, so one run shows every
 * cell that is wrong.
 */
@ToegangIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieMatrixIT {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";
    private static final List<String> GEMEENTEN = List.of("kampen", "dalfsen");

    private enum Rol { CONSULENT, TEAMLEIDER, PROCESONTWERPER }

    private record Gebruiker(String id, Rol rol, Set<String> gemeenten) {
    }

    private static final List<Gebruiker> GEBRUIKERS = List.of(
            new Gebruiker("consulent.kampen", Rol.CONSULENT, Set.of("kampen")),
            new Gebruiker("teamleider.kampen", Rol.TEAMLEIDER, Set.of("kampen")),
            new Gebruiker("consulent.dalfsen", Rol.CONSULENT, Set.of("dalfsen")),
            new Gebruiker("teamleider.dalfsen", Rol.TEAMLEIDER, Set.of("dalfsen")),
            new Gebruiker("consulent", Rol.CONSULENT, Set.copyOf(GEMEENTEN)),
            new Gebruiker("teamleider", Rol.TEAMLEIDER, Set.copyOf(GEMEENTEN)),
            new Gebruiker("procesontwerper", Rol.PROCESONTWERPER, Set.copyOf(GEMEENTEN)));

    /** What a test may aim at in one gemeente: a zaak with an open task and a letter, and one with a beschikking. */
    private record Dossier(String gemeente, String zaak, String instantie, String taak, long document,
                           String beschikt, long bezwaar) {
    }

    /** An expected answer: a status, and for a count the number. */
    private record Verwacht(int status, Integer aantal) {
        static Verwacht status(int status) {
            return new Verwacht(status, null);
        }

        static Verwacht aantal(int aantal) {
            return new Verwacht(200, aantal);
        }

        @Override
        public String toString() {
            return aantal == null ? String.valueOf(status) : status + " count=" + aantal;
        }
    }

    /**
     * One row of the table: a request (placeholders filled per dossier) and its answer per role on a zaak of the
     * own gemeente, and for anyone on a zaak of another gemeente.
     */
    private record Rij(String methode, String pad, String body, Verwacht consulent, Verwacht teamleider,
                       Verwacht procesontwerper, Verwacht andereGemeente) {

        Verwacht eigen(Rol rol) {
            return switch (rol) {
                case CONSULENT -> consulent;
                case TEAMLEIDER -> teamleider;
                case PROCESONTWERPER -> procesontwerper;
            };
        }
    }

    private static Verwacht s(int status) {
        return Verwacht.status(status);
    }

    private static final String MELDING = """
            {"gemeente": "{gemeente}", "kanaal": "TELEFONISCH", "melder": {"rol": "OUDER", "naam": "Fatima de Vries"},
             "jeugdige": {"bsn": "111222333", "voornamen": "Sam", "achternaam": "de Vries", "geboortedatum": "2014-05-02"},
             "hulpvraag": "Sam gaat al weken niet naar school."}""";
    private static final String BEZWAAR = """
            {"adviescommissie": false}""";
    private static final String VARIABELE = """
            {"value": "matrix", "type": "String"}""";
    private static final String START = """
            {"businessKey": "JH-0000-000000", "variables": {"gemeente": {"value": "{gemeente}", "type": "String"}}}""";

    private static final List<Rij> TABEL = List.of(
            // Our API.
            new Rij("POST", "/api/meldingen", MELDING, s(201), s(201), s(201), s(403)),
            new Rij("GET", "/api/zaken/{zaak}", null, s(200), s(200), s(200), s(404)),
            new Rij("GET", "/api/zaken/{zaak}/documenten", null, s(200), s(200), s(200), s(404)),
            new Rij("GET", "/api/zaken/{zaak}/documenten/{document}", null, s(200), s(200), s(200), s(404)),
            // The zaak does not wait for a familiegroepsplan: 409 shows the request got past the checks.
            new Rij("POST", "/api/zaken/{zaak}/familiegroepsplan", "", s(409), s(409), s(403), s(404)),
            new Rij("GET", "/api/zaken/{zaak}/verwerkingen", null, s(403), s(200), s(403), s(404)),
            new Rij("POST", "/api/zaken/{beschikt}/bezwaren", BEZWAAR, s(201), s(201), s(201), s(404)),
            new Rij("GET", "/api/zaken/{beschikt}/bezwaren/{bezwaar}", null, s(200), s(200), s(200), s(404)),
            // The beschikking went out: 409 shows the request got past the checks; a procesontwerper may not record it.
            new Rij("POST", "/api/zaken/{beschikt}/ingebrekestellingen", "{}", s(409), s(409), s(403), s(404)),
            new Rij("GET", "/api/zaken/{zaak}/ingebrekestelling", null, s(404), s(404), s(404), s(404)),
            // The deadlines of a gemeente are its published policy, not case data: everyone may compute them.
            new Rij("GET", "/api/termijnen?gemeente={gemeente}&soort=GESPREK&vanaf=2026-11-02", null,
                    s(200), s(200), s(200), s(200)),
            // The Termijnbewaking is for teamleiders, of their own gemeenten only (issue 16 §1).
            new Rij("GET", "/api/termijnbewaking?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            new Rij("GET", "/api/termijnbewaking/zaken.csv?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            new Rij("GET", "/api/termijnbewaking/termijnen.csv?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            new Rij("GET", "/api/termijnbewaking/werklast.csv?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            new Rij("GET", "/api/termijnbewaking/dwangsommen.csv?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            new Rij("GET", "/api/termijnbewaking/doorlooptijden.csv?gemeente={gemeente}", null, s(403), s(200), s(403), s(403)),
            // The engine's REST API: lists are filtered, single items are not found.
            new Rij("GET", "/engine-rest/task/count?processInstanceBusinessKey={zaak}", null,
                    Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(0)),
            new Rij("GET", "/engine-rest/task/{taak}", null, s(200), s(200), s(200), s(404)),
            new Rij("GET", "/engine-rest/task/{taak}/variables", null, s(200), s(200), s(200), s(404)),
            new Rij("POST", "/engine-rest/task/{taak}/claim", "{\"userId\": \"{gebruiker}\"}", s(204), s(204), s(204), s(404)),
            // Handing a task back is assigning it: not for a consulent (Autorisaties, TASK_WORK only).
            new Rij("POST", "/engine-rest/task/{taak}/unclaim", "", s(403), s(204), s(204), s(404)),
            // Completing without the step's input: refused by the step itself (400), so past the authorization.
            new Rij("POST", "/engine-rest/task/{taak}/complete", "{}", s(400), s(400), s(400), s(404)),
            // A consulent sets a task's variables only by completing it.
            new Rij("PUT", "/engine-rest/task/{taak}/localVariables/matrix", VARIABELE, s(403), s(204), s(204), s(404)),
            new Rij("GET", "/engine-rest/process-instance/count?businessKey={zaak}", null,
                    Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(0)),
            new Rij("GET", "/engine-rest/process-instance/{instantie}/variables", null, s(200), s(200), s(200), s(404)),
            // Changing a running case outside its tasks is for teamleiders (Autorisaties).
            new Rij("PUT", "/engine-rest/process-instance/{instantie}/variables/matrix", VARIABELE,
                    s(403), s(204), s(204), s(404)),
            new Rij("GET", "/engine-rest/history/process-instance/count?processInstanceBusinessKey={zaak}", null,
                    Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(0)),
            new Rij("GET", "/engine-rest/history/variable-instance/count?processInstanceId={instantie}&variableName=gemeente",
                    null, Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(0)),
            new Rij("GET", "/engine-rest/history/task/count?processInstanceBusinessKey={zaak}", null,
                    Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(1), Verwacht.aantal(0)),
            // Starting an instance for another gemeente is refused; for the own one it gets past the tenant check
            // and is then refused for want of a dossier (400).
            new Rij("POST", "/engine-rest/process-definition/key/jeugdhulp-toegang/start", START,
                    s(400), s(400), s(400), s(403)));

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Dossier> dossiers = new LinkedHashMap<>();

    @BeforeAll
    void dossiers() {
        for (String gemeente : GEMEENTEN) {
            String beschikt = TestBeschikking.zaakMetBeschikking(engine, meldingen, gemeente);
            ClockUtil.reset();
            var consulent = new ApiClient(poort, "consulent." + gemeente);
            var melding = consulent.post("/api/meldingen", MELDING.replace("{gemeente}", gemeente));
            assertThat(melding.status()).as(melding.body()).isEqualTo(201);
            String zaak = melding.json().get("zaaknummer").asText();
            Brievenbus.verstuurVoorZaken(engine, zaak);
            var instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaak)
                    .singleResult().getId();
            var taak = engine.getTaskService().createTaskQuery().processInstanceId(instantie).singleResult().getId();
            long document = jdbc.queryForObject("select d.id from document d join zaak z on z.id = d.zaak_id"
                    + " where z.zaaknummer = ?", Long.class, zaak);
            var bezwaar = consulent.post("/api/zaken/" + beschikt + "/bezwaren", BEZWAAR);
            assertThat(bezwaar.status()).as(bezwaar.body()).isEqualTo(201);
            dossiers.put(gemeente, new Dossier(gemeente, zaak, instantie, taak, document, beschikt,
                    bezwaar.json().get("id").asLong()));
        }
    }

    @Test
    void elkeRolZietEnWijzigtAlleenZakenVanDeEigenGemeente() {
        List<String> fouten = new ArrayList<>();
        int cellen = 0;
        // Per user the whole table in order; then the tasks are free again for the next user.
        for (Gebruiker gebruiker : GEBRUIKERS) {
            for (Rij rij : TABEL) {
                for (Dossier dossier : dossiers.values()) {
                    boolean eigen = gebruiker.gemeenten().contains(dossier.gemeente());
                    Verwacht verwacht = eigen ? rij.eigen(gebruiker.rol()) : rij.andereGemeente();
                    Verwacht gekregen = vraag(new ApiClient(poort, gebruiker.id()), rij, dossier, gebruiker);
                    cellen++;
                    if (!gekregen.equals(verwacht) && !(verwacht.aantal() == null && gekregen.status() == verwacht.status())) {
                        fouten.add(rij.methode() + " " + vul(rij.pad(), dossier, gebruiker) + " als " + gebruiker.id()
                                + " (" + (eigen ? "eigen" : "andere") + " gemeente): verwacht " + verwacht
                                + ", kreeg " + gekregen);
                    }
                }
            }
            dossiers.values().forEach(dossier -> engine.getTaskService().setAssignee(dossier.taak(), null));
        }
        assertThat(cellen).isEqualTo(TABEL.size() * GEBRUIKERS.size() * GEMEENTEN.size());
        assertThat(fouten).as("cellen van de matrix die niet kloppen").isEmpty();
    }

    @Test
    void zonderAanmelding_krijgtElkVerzoek401() {
        var anoniem = new ApiClient(poort, null);
        Dossier dossier = dossiers.get("kampen");
        List<String> fouten = new ArrayList<>();
        for (Rij rij : TABEL) {
            var antwoord = stuur(anoniem, rij.methode(), vul(rij.pad(), dossier, null), vul(rij.body(), dossier, null));
            if (antwoord.status() != 401) {
                fouten.add(rij.methode() + " " + rij.pad() + ": " + antwoord.status());
            }
        }
        assertThat(fouten).isEmpty();
    }

    /** Tasklist and Cockpit ask the engine through the webapps' own API, with the session: the same tenants apply. */
    @Test
    void inTasklistEnCockpit_zietEenGebruikerAlleenDeEigenGemeente() {
        Dossier kampen = dossiers.get("kampen");
        Dossier dalfsen = dossiers.get("dalfsen");
        var tasklist = WebappSessie.aangemeld(poort, "tasklist", "consulent.kampen");
        assertThat(aantal(tasklist.get(ENGINE + "/task/count?processInstanceBusinessKey=" + kampen.zaak()))).isOne();
        assertThat(aantal(tasklist.get(ENGINE + "/task/count?processInstanceBusinessKey=" + dalfsen.zaak()))).isZero();
        assertThat(tasklist.get(ENGINE + "/task/" + dalfsen.taak()).statusCode()).isEqualTo(404);
        assertThat(tasklist.get(ENGINE + "/task/" + kampen.taak() + "/form-variables").statusCode()).isEqualTo(200);

        var cockpit = WebappSessie.aangemeld(poort, "cockpit", "teamleider.kampen");
        String definitie = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("jeugdhulp-toegang").latestVersion().singleResult().getId();
        String zoek = "{\"processDefinitionId\": \"" + definitie + "\", \"businessKey\": \"%s\"}";
        assertThat(aantal(cockpit.post(COCKPIT + "/process-instance/count", "application/json",
                zoek.formatted(kampen.zaak())))).isOne();
        assertThat(aantal(cockpit.post(COCKPIT + "/process-instance/count", "application/json",
                zoek.formatted(dalfsen.zaak())))).isZero();
        assertThat(aantal(cockpit.get(ENGINE + "/history/process-instance/count?processInstanceBusinessKey="
                + dalfsen.zaak()))).isZero();
        // The webapps' own API answers the engine's refusal with 500 (its exception mapping is not ours, see
        // EngineRestConfig), but gives nothing away: no variable of the Dalfsen zaak.
        var variabelen = cockpit.get(ENGINE + "/process-instance/" + dalfsen.instantie() + "/variables");
        assertThat(variabelen.statusCode()).isEqualTo(500);
        assertThat(variabelen.body()).contains("belongs to no authenticated tenant").doesNotContain("dalfsen");

        // The Termijnbewaking dashboard's backend in Cockpit: Kampen's zaken, never Dalfsen's.
        String termijnbewaking = "/camunda/api/cockpit/plugin/termijnbewaking/default/overzicht";
        var eigen = cockpit.get(termijnbewaking);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        assertThat(eigen.body()).doesNotContain(dalfsen.zaak(), dalfsen.beschikt(), "\"dalfsen\"");
        assertThat(cockpit.get(termijnbewaking + "?gemeente=dalfsen").statusCode()).isEqualTo(403);
        assertThat(tasklist.get(termijnbewaking).statusCode()).as("consulent").isEqualTo(403);
    }

    private static int aantal(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return Integer.parseInt(antwoord.body().replaceAll("(?s).*\"count\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private Verwacht vraag(ApiClient client, Rij rij, Dossier dossier, Gebruiker gebruiker) {
        var antwoord = stuur(client, rij.methode(), vul(rij.pad(), dossier, gebruiker), vul(rij.body(), dossier, gebruiker));
        if (rij.pad().contains("/count") && antwoord.status() == 200) {
            return Verwacht.aantal(antwoord.json().get("count").asInt());
        }
        return Verwacht.status(antwoord.status());
    }

    private static ApiClient.Antwoord stuur(ApiClient client, String methode, String pad, String body) {
        return switch (methode) {
            case "GET" -> client.get(pad);
            case "POST" -> client.post(pad, body);
            case "PUT" -> client.put(pad, body);
            default -> throw new IllegalArgumentException(methode);
        };
    }

    /** Placeholders: the dossier's own values; {gemeente} is the dossier's gemeente. */
    private static String vul(String sjabloon, Dossier dossier, Gebruiker gebruiker) {
        if (sjabloon == null) {
            return null;
        }
        return sjabloon.replace("{gemeente}", dossier.gemeente()).replace("{zaak}", dossier.zaak())
                .replace("{instantie}", dossier.instantie()).replace("{taak}", dossier.taak())
                .replace("{document}", String.valueOf(dossier.document())).replace("{beschikt}", dossier.beschikt())
                .replace("{bezwaar}", String.valueOf(dossier.bezwaar()))
                .replace("{gebruiker}", gebruiker == null ? "" : gebruiker.id());
    }
}
