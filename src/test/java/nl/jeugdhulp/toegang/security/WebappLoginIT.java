package nl.jeugdhulp.toegang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;

/** Tasklist and Cockpit keep their own session login with CSRF protection; nothing without logging in. */
@ToegangIT
class WebappLoginIT {

    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeldingService meldingen;

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(koekjes).build();

    @Test
    void zonderSessieGeenToegangTotDeWebappApi() throws Exception {
        assertThat(get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    }

    @Test
    void inloggenVraagtHetCsrfToken_daarnaZietDeConsulentZijnFilters() throws Exception {
        assertThat(post(HttpClient.newHttpClient(), LOGIN, null).statusCode()).as("zonder CSRF-token").isEqualTo(403);
        assertThat(get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        var login = post(browser, LOGIN, token());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"consulent\"").contains("tasklist");

        var filters = get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("\"name\":\"Mijn taken\"", "\"name\":\"Taken van mijn team\"",
                "\"name\":\"Termijn binnen 5 werkdagen\"");
        assertThat(filters.body()).as("alleen voor teamleiders").doesNotContain("Termijn verstreken");
    }

    /** A letter linked from a Tasklist form opens with the Tasklist session; that session can only read /api. */
    @Test
    void metDeTasklistSessie_opentDeConsulentEenBrief_maarWijzigtNietsViaApi() throws Exception {
        String zaak = meldingen.registreer(TestMelding.vanSam("kampen", LocalDate.now(), LocalDate.of(2014, 5, 2)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaak);
        assertThat(get("/api/zaken/" + zaak + "/documenten").statusCode()).as("nog niet aangemeld").isEqualTo(401);

        get("/camunda/app/tasklist/default/");
        assertThat(post(browser, LOGIN, token()).statusCode()).isEqualTo(200);
        var lijst = get("/api/zaken/" + zaak + "/documenten");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("\"soort\":\"ONTVANGSTBEVESTIGING\"");
        var id = lijst.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        var pdf = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/zaken/" + zaak
                + "/documenten/" + id)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

        var melding = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/meldingen"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(melding.statusCode()).as("schrijven vraagt HTTP Basic, ook met sessie").isEqualTo(401);
    }

    private String token() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String pad, String csrfToken)
            throws IOException, InterruptedException {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=consulent&password=consulent"));
        if (csrfToken != null) {
            verzoek.header("X-XSRF-TOKEN", csrfToken);
        }
        return client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
