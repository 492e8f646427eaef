package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * What a municipality runs is the jar that {@code ./mvnw package} makes, not {@code target/classes}. This starts it
 * as an operator does, in its own JVM and directory on a random port: first the fat jar, then its extracted layout
 * (what container builds use) on the same database. Each deploys every model, decision table and form under
 * {@code processes/}, serves the webapps' plugin scripts, shows the Tasklist login in a real browser and takes a
 * melding that gets its ontvangstbevestiging from the job executor. The second start creates no new version, and
 * writes its log as JSON with every logger at TRACE: each line is a JSON object and none holds a BSN or name.
 * <p>
 * By default on H2 with the demo profile; with {@code -Ppostgres} with the prod profile on a fresh PostgreSQL
 * database set up as README "Productie" says, and with a consulent the administrator creates.
 */
class PackagedJarIT {

    private static final Path MAP = Path.of("target", "packaged-jar-it");
    private static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> omgeving;
    private static String beheerder;
    private static String beheerderWachtwoord;
    private static String consulent;

    @BeforeAll
    static void omgeving() throws IOException {
        Chromium.vereist();
        FileSystemUtils.deleteRecursively(MAP);
        if (Productiedatabase.POSTGRES) {
            omgeving = Productiedatabase.omgeving(Productiedatabase.nieuw("jeugdhulp_jar", JarProces.JAR, MAP));
            beheerder = Productiedatabase.BEHEERDER;
            beheerderWachtwoord = Productiedatabase.WACHTWOORD;
            consulent = Productiedatabase.CONSULENT;
        } else {
            omgeving = Map.of("SPRING_PROFILES_ACTIVE", "demo");
            beheerder = "admin";
            beheerderWachtwoord = "admin";
            consulent = "consulent";
        }
    }

    @Test
    void deJarEnZijnUitgepakteVorm_deployenAlles_tonenTasklist_enVerwerkenEenMelding() throws IOException {
        try (var app = JarProces.start(JarProces.JAR, MAP, omgeving)) {
            werkt(app, "fat jar");
        }
        Path uitgepakt = JarProces.uitpakken(JarProces.JAR, MAP.resolve("uitgepakt"));
        // The log as a gemeente's log platform takes it, with every logger at its most talkative.
        var jsonLog = new HashMap<>(omgeving);
        jsonLog.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        jsonLog.put("LOGGING_LEVEL_ROOT", "TRACE");
        JarProces gestopt;
        try (var app = JarProces.start(uitgepakt, MAP, jsonLog)) {
            werkt(app, "uitgepakte vorm");
            gestopt = app;
        }
        List<String> regels = gestopt.log().lines().toList();
        assertThat(regels).as("logregels").hasSizeGreaterThan(1000)
                .allSatisfy(regel -> assertThat(JSON.readTree(regel).path("log").path("level").asText()).isNotEmpty());
        assertThat(regels).as("BSN of naam in de log, op welk niveau ook")
                .noneMatch(regel -> regel.contains("111222333") || regel.contains("de Vries") || regel.contains("Fatima"));
        if (Productiedatabase.POSTGRES) {
            assertThat(regels).as("wachtwoorden in de log")
                    .noneMatch(regel -> regel.contains(beheerderWachtwoord) || regel.contains(Productiedatabase.CONSULENT_WACHTWOORD));
        }
    }

    private void werkt(JarProces app, String vorm) throws IOException {
        var admin = new ApiClient(app.poort(), beheerder, beheerderWachtwoord);
        alleProcesbestandenGedeployed(admin, vorm);
        for (String webapp : WEBAPPS) {
            var plugin = new ApiClient(app.poort(), null)
                    .get("/camunda/api/" + webapp + "/plugin/" + webapp + "Plugins/static/app/plugin.js");
            assertThat(plugin.status()).as("%s: plugin.js van %s", vorm, webapp).isEqualTo(200);
            assertThat(plugin.contentType()).as("%s: plugin.js van %s", vorm, webapp).startsWith("text/javascript");
            assertThat(plugin.body()).as("%s: plugin.js van %s", vorm, webapp).hasSizeGreaterThan(10_000);
        }
        String wachtwoord = consulentAanwezig(app);
        tasklistInDeBrowser(app, wachtwoord, vorm);
        meldingMetOntvangstbevestiging(new ApiClient(app.poort(), consulent, wachtwoord), vorm);
    }

    /** One deployment, version 1 of each process, with every file under processes/ in it: also after a restart. */
    private static void alleProcesbestandenGedeployed(ApiClient admin, String vorm) throws IOException {
        JsonNode deployments = admin.get("/engine-rest/deployment").json();
        assertThat(deployments).as("%s: deployments", vorm).hasSize(1);
        assertThat(deployments.get(0).get("source").asText()).isEqualTo("process application");
        List<String> namen = lijst(admin.get("/engine-rest/deployment/" + deployments.get(0).get("id").asText()
                + "/resources").json(), "name");
        assertThat(namen).as("%s: gedeployede bestanden", vorm).containsExactlyInAnyOrderElementsOf(procesbestanden());
        JsonNode processen = admin.get("/engine-rest/process-definition?latestVersion=true").json();
        assertThat(lijst(processen, "key")).as("%s: processen", vorm)
                .containsExactlyInAnyOrder("jeugdhulp-toegang", "bezwaar-behandelen");
        assertThat(lijst(processen, "version")).as("%s: versies", vorm).containsOnly("1");
    }

    /** What process designers edit: every model, decision table and form in the repository's processes/ folder. */
    private static List<String> procesbestanden() throws IOException {
        Path processes = Path.of("processes");
        try (Stream<Path> bestanden = Files.walk(processes)) {
            return bestanden.filter(pad -> pad.toString().matches(".*\\.(bpmn|dmn|form)$"))
                    .filter(pad -> !pad.toString().contains(".camunda"))
                    .map(pad -> processes.relativize(pad).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** Demo: the demo consulent. Prod: the administrator makes a consulent of Kampen, as in Camunda Admin. */
    private static String consulentAanwezig(JarProces app) {
        if (!Productiedatabase.POSTGRES) {
            return consulent;
        }
        Productiedatabase.consulentAanwezig(app.poort());
        return Productiedatabase.CONSULENT_WACHTWOORD;
    }

    private void tasklistInDeBrowser(JarProces app, String wachtwoord, String vorm) {
        WebDriver browser = Chromium.start();
        try {
            Chromium.inloggen(browser, app.basis(), "tasklist", consulent, wachtwoord);
            Chromium.wacht(browser).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(@class,'filters')]//*[normalize-space(text())='Taken van mijn team']")));
        } catch (RuntimeException e) {
            Chromium.foto(browser, "FOUT-packaged-jar-" + vorm.replace(' ', '-'));
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static void meldingMetOntvangstbevestiging(ApiClient consulent, String vorm) {
        LocalDate vandaag = LocalDate.now(EngineClock.ZONE);
        var melding = consulent.post("/api/meldingen", TestMelding.alsJson("kampen", vandaag, vandaag.minusYears(12)));
        assertThat(melding.status()).as("%s: melding %s", vorm, melding.body()).isEqualTo(201);
        String documenten = melding.location() + "/documenten";
        JsonNode brieven = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> consulent.get(documenten).json(), lijst -> !lijst.isEmpty());
        assertThat(brieven.get(0).get("soort").asText()).as("%s: brief", vorm).isEqualTo("ONTVANGSTBEVESTIGING");
        var pdf = consulent.bestand(documenten + "/" + brieven.get(0).get("id").asText());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.inhoud(), 0, 5)).isEqualTo("%PDF-");
    }

    private static List<String> lijst(JsonNode lijst, String veld) {
        return StreamSupport.stream(lijst.spliterator(), false).map(item -> item.get(veld).asText()).toList();
    }
}
