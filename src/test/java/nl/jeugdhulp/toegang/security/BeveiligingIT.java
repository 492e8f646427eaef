package nl.jeugdhulp.toegang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.proces.Groepen;

/**
 * What a municipality's CISO asks of every answer and every login: headers that keep children's data out of
 * caches, frames and referrers; caps on what a request may carry; CSRF protection for the webapps; and a login
 * that slows down and finally locks a password guesser.
 */
@ToegangIT
class BeveiligingIT {

    private static final String TERMIJNEN = "/api/termijnen?gemeente=kampen&soort=AFSPRAAK&vanaf=2026-11-02";
    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
    private static final int VIJF_MIB = 5 * 1024 * 1024;
    /** Created by the tests that guess passwords: no demo user may get locked for the other tests. */
    private static final String PROEFGEBRUIKER = "slotproef";
    private static final String WACHTWOORD = "Juist-Wachtwoord-2026";
    private static final Instant NU = Instant.parse("2026-11-02T08:00:00Z");
    private static final String CONSULENT = basic("consulent", "consulent");
    private static final String PROCESONTWERPER = basic("procesontwerper", "procesontwerper");
    private static final String CLAIM = "{\"userId\": \"consulent\"}";

    @LocalServerPort
    int poort;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ProcessEngine engine;

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(koekjes).build();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void ruimOp() {
        ClockUtil.reset();
        identityService.deleteUser(PROEFGEBRUIKER);
    }

    @Test
    void apiAntwoorden_zijnDataZonderCache_ookBijDeWeigeringZonderAanmelding() throws Exception {
        var antwoord = stuur(http, verzoek(TERMIJNEN).header("Authorization", CONSULENT).GET());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertDataHeaders(antwoord);

        var geweigerd = stuur(http, verzoek(TERMIJNEN).GET());
        assertThat(geweigerd.statusCode()).isEqualTo(401);
        assertThat(geweigerd.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(geweigerd.body()).contains("\"title\":\"Niet aangemeld\"");
        assertDataHeaders(geweigerd);
    }

    @Test
    void eenBrief_opentInDePdfViewerVanDeBrowser_maarNietInEenFrameEnNietUitDeCache() throws Exception {
        String zaak = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.now(), LocalDate.of(2014, 5, 2)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaak);
        var lijst = stuur(http, verzoek("/api/zaken/" + zaak + "/documenten").header("Authorization", CONSULENT).GET());
        String id = lijst.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        var brief = stuur(http, verzoek("/api/zaken/" + zaak + "/documenten/" + id).header("Authorization", CONSULENT).GET());
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(brief.headers().allValues("Content-Security-Policy")).containsExactly("frame-ancestors 'none'");
        assertThat(brief.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(brief.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(brief.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void engineRest_zonderAanmelding401_enMetDezelfdeHeadersAlsOnzeApi() throws Exception {
        var geweigerd = stuur(http, verzoek("/engine-rest/task").GET());
        assertThat(geweigerd.statusCode()).isEqualTo(401);
        assertDataHeaders(geweigerd);

        var antwoord = stuur(http, verzoek("/engine-rest/task").header("Authorization", CONSULENT).GET());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertDataHeaders(antwoord);
    }

    @Test
    void tasklist_krijgtDeHeadersVanCamunda_zonderHstsBuitenProductie() throws Exception {
        var pagina = stuur(browser, verzoek("/camunda/app/tasklist/default/").GET());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "'nonce-");
        assertThat(pagina.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pagina.headers().firstValue("X-XSS-Protection")).hasValue("0");
        assertThat(pagina.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void engineApi_neemtEenModelVanBijnaVijfMiBAan_maarWeigertGroterMet413() throws Exception {
        var deployment = stuur(http, verzoek("/engine-rest/deployment/create")
                .header("Authorization", PROCESONTWERPER)
                .header("Content-Type", "multipart/form-data; boundary=grens")
                .POST(HttpRequest.BodyPublishers.ofByteArray(deployment(VIJF_MIB - 64 * 1024))));
        assertThat(deployment.statusCode()).isEqualTo(200);
        repositoryService.deleteDeployment(new ObjectMapper().readTree(deployment.body()).get("id").asText(), true);

        String multipart = "Content-Type: multipart/form-data; boundary=grens\r\n";
        assertThat(kopBijAangekondigdeLengte("POST /engine-rest/deployment/create",
                "Authorization: " + PROCESONTWERPER + "\r\n" + multipart, VIJF_MIB + 1))
                .startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json");
        assertThat(kopBijAangekondigdeLengte("POST /camunda/api/engine/engine/default/deployment/create", multipart,
                VIJF_MIB + 1)).as("de webapps roepen dezelfde engine-API aan").startsWith("HTTP/1.1 413");
    }

    @Test
    void teGroteHeaders_400_enEenFormulierWordtNietOngevraagdIngelezen() throws Exception {
        var teGroteHeader = stuur(http, verzoek(TERMIJNEN).header("Authorization", CONSULENT)
                .header("X-Opvulling", "x".repeat(9 * 1024)).GET());
        assertThat(teGroteHeader.statusCode()).isEqualTo(400);

        assertThat(kopBijAangekondigdeLengte("PUT /api/meldingen", "Content-Type: application/x-www-form-urlencoded\r\n",
                50_000_000)).as("geweigerd voordat de 50 MB gelezen is").startsWith("HTTP/1.1 401");
    }

    /** Camunda's CSRF filter refuses a webapp POST without the token, and ends the session it came with. */
    @Test
    void webappPost_zonderCsrfTokenGeweigerdEnSessieBeeindigd_metTokenUitgevoerd() throws Exception {
        var taak = taskService.newTask();
        taak.setName("CSRF-proef");
        taskService.saveTask(taak);
        taskService.addCandidateGroup(taak.getId(), Groepen.CONSULENTEN);
        String pad = "/camunda/api/engine/engine/default/task/" + taak.getId();
        try {
            stuur(browser, verzoek("/camunda/app/tasklist/default/").GET());
            assertThat(login("consulent").statusCode()).isEqualTo(200);
            assertThat(stuur(browser, verzoek(pad).GET()).statusCode()).isEqualTo(200);

            var zonderToken = stuur(browser, verzoek(pad + "/claim").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
            assertThat(zonderToken.statusCode()).isEqualTo(403);
            assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()).isNull();
            assertThat(stuur(browser, verzoek(pad).GET()).statusCode()).as("sessie beëindigd").isEqualTo(401);

            stuur(browser, verzoek("/camunda/app/tasklist/default/").GET());
            assertThat(login("consulent").statusCode()).isEqualTo(200);
            // As Tasklist does: the first GET after logging in hands out the session's new token.
            assertThat(stuur(browser, verzoek(pad).GET()).statusCode()).isEqualTo(200);
            var metToken = stuur(browser, verzoek(pad + "/claim").header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
            assertThat(metToken.statusCode()).isEqualTo(204);
            assertThat(taskService.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee())
                    .isEqualTo("consulent");
        } finally {
            taskService.deleteTask(taak.getId(), true);
        }
    }

    @Test
    void naEenFoutWachtwoord_weigertDeEngineEvenOokHetGoede_daarnaMagDeGebruikerWeerErin() throws Exception {
        maakProefgebruiker();
        klokOp(0);
        assertThat(termijnenAls(PROEFGEBRUIKER, "fout")).isEqualTo(401);
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).as("3 s wachten na de eerste fout").isEqualTo(401);
        klokOp(2);
        assertThat(identityService.checkPassword(PROEFGEBRUIKER, WACHTWOORD)).isFalse();

        klokOp(3);
        assertThat(termijnenAls(PROEFGEBRUIKER, "fout")).isEqualTo(401);
        klokOp(3 + 8);
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).as("9 s wachten na de tweede fout").isEqualTo(401);
        assertThat(identityService.checkPassword(PROEFGEBRUIKER, WACHTWOORD)).isFalse();

        klokOp(3 + 9);
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).isEqualTo(200);
        assertThat(identityService.checkPassword(PROEFGEBRUIKER, WACHTWOORD)).isTrue();
    }

    @Test
    void naVijfFouteWachtwoordenOpRij_blijftHetAccountDicht_totDeBeheerderHetOntgrendelt() throws Exception {
        maakProefgebruiker();
        // Every wait is at most 60 s: a minute and a second later, each wrong password counts.
        for (int poging = 1; poging <= 4; poging++) {
            klokOp(poging * 61L);
            assertThat(termijnenAls(PROEFGEBRUIKER, "fout-" + poging)).isEqualTo(401);
        }
        klokOp(5 * 61L);
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).as("vier fouten: nog niet op slot").isEqualTo(200);

        for (int poging = 1; poging <= 5; poging++) {
            klokOp((5 + poging) * 61L);
            assertThat(termijnenAls(PROEFGEBRUIKER, "fout-" + poging)).isEqualTo(401);
        }
        klokOp(Duration.ofDays(30).toSeconds());
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).as("een maand later nog op slot").isEqualTo(401);
        assertThat(identityService.checkPassword(PROEFGEBRUIKER, WACHTWOORD)).isFalse();

        identityService.unlockUser(PROEFGEBRUIKER);
        assertThat(termijnenAls(PROEFGEBRUIKER, WACHTWOORD)).isEqualTo(200);
    }

    private static void assertDataHeaders(HttpResponse<?> antwoord) {
        var headers = antwoord.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
    }

    private void maakProefgebruiker() {
        var gebruiker = identityService.newUser(PROEFGEBRUIKER);
        gebruiker.setPassword(WACHTWOORD);
        identityService.saveUser(gebruiker);
    }

    private static void klokOp(long secondenNaNu) {
        ClockUtil.setCurrentTime(Date.from(NU.plusSeconds(secondenNaNu)));
    }

    private int termijnenAls(String gebruiker, String wachtwoord) throws Exception {
        return stuur(http, verzoek(TERMIJNEN).header("Authorization", basic(gebruiker, wachtwoord)).GET()).statusCode();
    }

    /** The webapps' login form, after a page of the webapp has handed out the CSRF token. */
    private HttpResponse<String> login(String gebruiker) throws Exception {
        return stuur(browser, verzoek(LOGIN).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=" + gebruiker)));
    }

    private String csrfToken() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** A multipart deployment with one resource of about the given size. */
    private static byte[] deployment(int grootte) {
        var body = new ByteArrayOutputStream();
        body.writeBytes("""
                --grens\r
                Content-Disposition: form-data; name="deployment-name"\r
                \r
                beveiligingsproef\r
                --grens\r
                Content-Disposition: form-data; name="opvulling"; filename="opvulling.txt"\r
                Content-Type: text/plain\r
                \r
                """.getBytes(StandardCharsets.US_ASCII));
        byte[] opvulling = new byte[grootte];
        Arrays.fill(opvulling, (byte) 'x');
        body.writeBytes(opvulling);
        body.writeBytes("\r\n--grens--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /**
     * Announces a body of the given length but sends none of it, and returns the status line and headers of the
     * answer: a cap that works answers before reading; without one the server would wait for the body.
     */
    private String kopBijAangekondigdeLengte(String verzoekregel, String headers, long lengte) throws IOException {
        try (var socket = new Socket("localhost", poort)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((verzoekregel + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Content-Length: " + lengte + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream antwoord = socket.getInputStream();
            var kop = new StringBuilder();
            while (kop.indexOf("\r\n\r\n") < 0) {
                int b = antwoord.read();
                if (b < 0) {
                    break;
                }
                kop.append((char) b);
            }
            return kop.toString();
        }
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad));
    }

    private static HttpResponse<String> stuur(HttpClient client, HttpRequest.Builder verzoek) throws Exception {
        return client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
