package nl.jeugdhulp.toegang.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.Chromium;
import nl.jeugdhulp.toegang.TestBeschikking;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Fase;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Verslagoordeel;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * The consultant's and the team leader's day in a real browser ({@link Chromium}), against the app on a random
 * port. Three of the screenshots are copied into docs/ for the README.
 */
@ToegangIT
class TasklistBrowserIT {

    @LocalServerPort
    int poort;
    @Autowired
    MeldingService meldingen;
    @Autowired
    ZaakRepository zaken;
    @Autowired
    ProcessEngine engine;

    private WebDriver browser;
    private WebDriverWait wacht;

    /** A failing browser test leaves a picture of what the browser showed at that moment. */
    @RegisterExtension
    final AfterTestExecutionCallback fotoBijFout = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            foto("FOUT-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void chromiumAanwezig() {
        Chromium.vereist();
    }

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        wacht = Chromium.wacht(browser);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        ClockUtil.reset();
    }

    @Test
    void consulentWerktEenZaakInTasklistAf_vanAfspraakTotVerzondenBeschikking() {
        String zaaknummer = registreer();

        inloggen("tasklist", "consulent");
        filter("Taken van mijn team");
        geenMigratiebanner();
        zoekZaak("Taken van mijn team", zaaknummer);
        openTaak("Vooronderzoek doen en afspraak plannen · " + zaaknummer + " S. d.V.");
        wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        assertThat(taak(zaaknummer, "Task_AfspraakPlannen").getAssignee()).isEqualTo("consulent");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        datum("Field_GesprekGepland", vandaag());
        inBeeld(browser.findElement(By.cssSelector("input[id$='-Field_GesprekTijd']"))).sendKeys("14:30");
        inBeeld(browser.findElement(By.cssSelector("input[id$='-Field_GesprekLocatie']"))).sendKeys("Bij het gezin thuis");
        voltooien();
        wacht.until(d -> taak(zaaknummer, "Task_GesprekVoeren") != null);
        assertThat(taak(zaaknummer, "Task_GesprekVoeren").getAssignee()).isEqualTo("consulent");

        // Who took the first task is the regisseur: the gesprek is in "Mijn taken" without claiming it.
        filter("Mijn taken");
        zoekZaak("Mijn taken", zaaknummer);
        WebElement formulier = stap("Keukentafelgesprek voeren", zaaknummer);
        assertThat(formulier.getText()).contains("Zaak " + zaaknummer, "Sam de Vries, 12 jaar", "GESPREK: uiterlijk",
                "Besproken onderwerpen (art 5.1");
        datum("Field_GesprekDatum", vandaag());
        wacht.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElement(formulier, "ligt in de toekomst")));
        vink("Field_BesprokenSituatieEnHulpvraag");
        vink("Field_BesprokenEigenKracht");
        vink("Field_Geinformeerd");
        vink("Field_ToestemmingGegevensverwerking");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", formulier);
        foto("tasklist-gesprek-formulier");
        voltooien();
        wacht.until(d -> taak(zaaknummer, "Task_VerslagOpstellen") != null);
        var zaak = zaken.findByZaaknummer(zaaknummer).orElseThrow();
        assertThat(zaak.getGesprek().datum()).isEqualTo(vandaag());
        assertThat(zaak.getGesprek().onderwerpen()).isEqualTo("SITUATIE_EN_HULPVRAAG,EIGEN_KRACHT");
        assertThat(taak(zaaknummer, "Task_VerslagOpstellen").getAssignee()).as("de regisseur").isEqualTo("consulent");

        formulier = stap("Verslag opstellen en verstrekken", zaaknummer);
        assertThat(formulier.getText()).contains("Brieven", "Bevestiging van uw melding", "Uitnodiging voor een gesprek");
        assertThat(browser.findElements(By.cssSelector("textarea[id$='-Field_UitkomstPgb']"))).as("niet besproken").isEmpty();
        inBeeld(browser.findElement(By.cssSelector("textarea[id$='-Field_UitkomstSituatieEnHulpvraag']")))
                .sendKeys("Sam slaapt slecht en gaat niet naar school.");
        inBeeld(browser.findElement(By.cssSelector("textarea[id$='-Field_UitkomstEigenKracht']")))
                .sendKeys("Oma past twee middagen per week op.");
        vink("Field_VerslagVerstrekt");
        voltooien();

        stap("Ondertekend verslag ontvangen", zaaknummer);
        kies("Field_VerslagOordeel", "Akkoord");
        inBeeld(browser.findElement(By.cssSelector("textarea[id$='-Field_VerslagOpmerkingen']"))).sendKeys("Graag snel starten.");
        voltooien();

        formulier = stap("Aanvraag vastleggen", zaaknummer);
        assertThat(browser.findElements(By.cssSelector("input[id$='-Field_AanvraagDatum-date']"))).as("pas na een aanvraag").isEmpty();
        vink("Field_AanvraagIngediend");
        datum("Field_AanvraagDatum", vandaag());
        voltooien();

        formulier = stap("Aanvraag beoordelen", zaaknummer);
        assertThat(formulier.getText()).contains("leeftijd bij de aanvraag: 12 jaar");
        vink("Field_Wilsbekwaam");
        vink("Field_JeugdigeStemtIn");
        vink("Field_VertegenwoordigerStemtIn");
        assertThat(browser.findElements(By.cssSelector("input[id$='-Field_Beheerbaar']"))).as("pas bij een PGB").isEmpty();
        kies("Field_Vorm", "Persoonsgebonden budget (PGB)");
        vink("Field_Beheerbaar");
        vink("Field_MotivatieZinPastNiet");
        vink("Field_KwaliteitGewaarborgd");
        vink("Field_PgbPlanCompleet");
        foto("tasklist-aanvraag-beoordelen");
        voltooien();

        formulier = stap("Beschikking vastleggen", zaaknummer);
        assertThat(formulier.getText()).contains("Besluit: toekenning, persoonsgebonden budget");
        inBeeld(browser.findElement(By.cssSelector("input[id$='-Field_Voorziening']"))).sendKeys("Begeleiding thuis");
        inBeeld(browser.findElement(By.cssSelector("textarea[id$='-Field_BeoogdResultaat']"))).sendKeys("Sam gaat weer naar school.");
        datum("Field_Ingangsdatum", vandaag());
        datum("Field_Einddatum", vandaag().plusMonths(6));
        kies("Field_Zorgsoort", "Begeleiding individueel (uur)");
        getal("Field_PgbAantal", "40");
        getal("Field_ZinTarief", "52.75");
        vink("Field_BeschikkingGecontroleerd");
        voltooien();

        wacht.until(d -> zaken.findByZaaknummer(zaaknummer).orElseThrow().getBeschikking().verzonden() != null);
        zaak = zaken.findByZaaknummer(zaaknummer).orElseThrow();
        assertThat(zaak.getFase()).isEqualTo(Fase.BESCHIKKING_VERZONDEN);
        assertThat(zaak.getVerslag().oordeel()).isEqualTo(Verslagoordeel.AKKOORD);
        assertThat(zaak.getVerslag().opmerkingen()).isEqualTo("Graag snel starten.");
        assertThat(zaak.getAanvraag().datum()).isEqualTo(vandaag());
        assertThat(zaak.getAanvraag().voorzieningsvorm()).isEqualTo(Voorzieningsvorm.PGB);
        // Kampen has no PGB rate for professional help: the cheapest adequate care in kind sets it (002 §6.6).
        assertThat(zaak.getBeslissingen()).filteredOn(b -> b.getSoort().equals("pgb-bedrag")).singleElement()
                .satisfies(b -> assertThat(b.getMotivering()).startsWith("40 uur × € 52,75 = € 2.110,00"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer).count())
                .as("de zaak is afgerond").isZero();
        foto("tasklist-zaak-afgerond");
    }

    /**
     * Awb 4:5 and 4:15 lid 1 in Tasklist: the consulent suspends the beslistermijn for missing information, gives the
     * family two weeks, and records it when it comes the same day. The term stood still for no day; the family got
     * both letters, and the aanvraag is judged again.
     */
    @Test
    void consulentSchortDeBeslistermijnOpVoorEenAanvulling_enRondtDieAfInTasklist() {
        String zaaknummer = zaakMetAanvraag();

        inloggen("tasklist", "consulent");
        filter("Taken van mijn team");
        zoekZaak("Taken van mijn team", zaaknummer);
        stap("Aanvraag beoordelen", zaaknummer);
        // She takes the case: the next steps are hers as its regisseur.
        wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        kies("Field_Vorm", "Zorg in natura");
        vink("Field_Opschorten");
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[id$='-Field_Verdagen']")));
        voltooien();

        WebElement formulier = stap("Opschorting vastleggen", zaaknummer);
        assertThat(formulier.getText()).contains("Awb 4:15", "BESCHIKKING: uiterlijk");
        inBeeld(wacht.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[id$='-Field_Opschortingsreden-0']")))).click();
        datum("Field_AanvullenUiterlijk", vandaag().plusWeeks(2));
        assertThat(browser.findElements(By.cssSelector("input[id$='-Field_OpgeschortVan-date']"))).as("alleen bij een periode")
                .isEmpty();
        inBeeld(browser.findElement(By.cssSelector("textarea[id$='-Field_Toelichting']")))
                .sendKeys("Het verslag van de jeugdarts.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", formulier);
        foto("tasklist-opschorting");
        voltooien();

        formulier = stap("Aanvulling afwachten", zaaknummer);
        assertThat(formulier.getText()).contains("staat stil", "Wij hebben meer gegevens van u nodig");
        voltooien();

        wacht.until(d -> taak(zaaknummer, "Task_AanvraagBeoordelen") != null);
        var beslistermijn = zaken.findByZaaknummer(zaaknummer).orElseThrow().termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        assertThat(beslistermijn.getStatus()).isEqualTo(TermijnStatus.LOPEND);
        assertThat(beslistermijn.getOpschortingen()).singleElement().satisfies(opschorting -> {
            assertThat(opschorting.reden()).isEqualTo(Opschortingsreden.AANVULLING);
            assertThat(opschorting.aanvullenUiterlijk()).isEqualTo(vandaag().plusWeeks(2));
            assertThat(opschorting.dagen()).isZero();
        });
        assertThat(new ApiClient(poort, "consulent").get("/api/zaken/" + zaaknummer + "/documenten").body())
                .contains("VERZOEK_OM_AANVULLING", "OPSCHORTINGSBERICHT");
    }

    @Test
    void formulierWeigertEenGesprekInDeToekomst_deTaakBlijftOpen() {
        String zaaknummer = zaakMetGeplandGesprek();
        engine.getTaskService().claim(taak(zaaknummer, "Task_GesprekVoeren").getId(), "consulent");

        inloggen("tasklist", "consulent");
        filter("Mijn taken");
        zoekZaak("Mijn taken", zaaknummer);
        openTaak("Keukentafelgesprek voeren · " + zaaknummer);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        datum("Field_GesprekDatum", vandaag().plusDays(1));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                "de datum van het gesprek ligt in de toekomst"));
        vink("Field_Geinformeerd");
        vink("Field_ToestemmingGegevensverwerking");
        klikVoltooien();

        // The server's refusal, not the form's own warning: Tasklist shows the reason and keeps the task.
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "gesprekDatum mag niet na vandaag liggen"));
        foto("tasklist-gesprek-in-de-toekomst");
        assertThat(taak(zaaknummer, "Task_GesprekVoeren")).as("de taak blijft open").isNotNull();
        assertThat(zaken.findByZaaknummer(zaaknummer).orElseThrow().getGesprek().datum()).isNull();
    }

    @Test
    void teamleiderZietDeEscalatieOnderTermijnVerstreken_enDeZaakInCockpit() {
        String zonderEscalatie = registreer();
        String zaaknummer = registreer();
        escaleerOp(zaaknummer, LocalDateTime.of(2020, 3, 9, 0, 0));
        // Registered later, escalated a week earlier: due first, created last.
        String eerderTeBeoordelen = registreer();
        escaleerOp(eerderTeBeoordelen, LocalDateTime.of(2020, 3, 2, 0, 0));

        inloggen("tasklist", "teamleider");
        filter("Termijn verstreken");
        // The list opens on due date, earliest first (scripts/sortering.js), not on Camunda's "created, newest first".
        assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("sorting=[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), zaaknummer));
        String lijst = browser.findElement(By.cssSelector(".tasks-list")).getText();
        assertThat(lijst.indexOf(eerderTeBeoordelen)).as("eerst vervallende escalatie bovenaan")
                .isNotNegative().isLessThan(lijst.indexOf(zaaknummer));
        zoekZaak("Termijn verstreken", zaaknummer);
        String escalatie = "Termijnoverschrijding beoordelen: AFSPRAAK · " + zaaknummer + " S. d.V.";
        openTaak(escalatie);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        foto("tasklist-termijn-verstreken");
        assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText()).contains(escalatie);

        String definitie = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("jeugdhulp-toegang").latestVersion().singleResult().getId();
        browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitie + "/runtime?searchQuery="
                + "%5B%7B%22type%22:%22variables%22,%22operator%22:%22eq%22,%22value%22:%22true%22,"
                + "%22name%22:%22termijnOverschreden%22%7D%5D"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), zaaknummer));
        foto("cockpit-termijn-overschreden");
        geenMigratiebanner();
        String pagina = browser.findElement(By.tagName("body")).getText();
        assertThat(pagina).contains("Procesinstanties", "termijnOverschreden").doesNotContain(zonderEscalatie);
    }

    @Test
    void teamleiderVanKampen_zietInCockpitDeTermijnbewakingVanKampen_nietDieVanDalfsen() {
        String kampen = registreer();
        escaleerOp(kampen, LocalDateTime.of(2020, 3, 9, 0, 0));
        String dalfsen = meldingen.registreer(TestMelding.vanSam("dalfsen", vandaag(), vandaag().minusYears(12).minusDays(1)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, dalfsen);
        escaleerOp(dalfsen, LocalDateTime.of(2020, 3, 9, 0, 0));

        // A late decision in Kampen: beslistermijn to 27 November 2026, an ingebrekestelling on 1 December.
        String laat = TestBeschikking.zaakMetAanvraag(engine, meldingen);
        TestKlok.zetKlok(LocalDateTime.of(2026, 12, 1, 10, 0));
        assertThat(new ApiClient(poort, "teamleider.kampen").post("/api/zaken/" + laat + "/ingebrekestellingen", "{}").status())
                .isEqualTo(201);
        ClockUtil.reset();

        inloggen("cockpit", "teamleider.kampen");
        browser.get(url("/camunda/app/cockpit/default/#/dashboard"));
        WebElement dashboard = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.termijnbewaking")));
        WebElement dwangsom = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.termijnbewaking-dwangsomzaak[data-zaak='" + laat + "']")));
        assertThat(dwangsom.getText()).contains(laat, "kampen", "S. d.V.", "€");
        assertThat(dashboard.getText()).contains("Dwangsom bij niet tijdig beslissen", "Doorlooptijden");
        WebElement rij = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.termijnbewaking-zaak[data-zaak='" + kampen + "']")));
        // Escalated by hand before its last day: overdue, by no werkdag yet.
        assertThat(rij.getText()).contains(kampen, "kampen", "S. d.V.", "Afspraak", "verstreken",
                "Vooronderzoek doen en afspraak plannen");
        assertThat(dashboard.getText()).contains("Termijnbewaking", "Kampen", "Werklast", "Overschreden")
                .doesNotContain(dalfsen, "Dalfsen");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", dashboard);
        foto("cockpit-termijnbewaking");

        // Each row opens the case in Cockpit.
        rij.findElement(By.tagName("a")).click();
        wacht.until(ExpectedConditions.urlContains("/process-instance/"
                + zaken.findByZaaknummer(kampen).orElseThrow().getProcesInstantieId()));
    }

    private String registreer() {
        // Twelve years old on any day the test runs.
        String zaaknummer = meldingen.registreer(TestMelding.vanSam("kampen", vandaag(), vandaag().minusYears(12).minusDays(1)))
                .getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return zaaknummer;
    }

    /**
     * The afspraaktermijn of the zaak passes on {@code moment}: the team leader's escalation is created then, and is
     * due two werkdagen later. In 2020, so that these tasks come before every other test's in an order on due date.
     */
    private void escaleerOp(String zaaknummer, LocalDateTime moment) {
        String instantie = zaken.findByZaaknummer(zaaknummer).orElseThrow().getProcesInstantieId();
        Job timer = engine.getManagementService().createJobQuery().timers()
                .processInstanceId(instantie).activityId("Timer_AfspraakTermijnVerstreken").singleResult();
        ClockUtil.setCurrentTime(TestKlok.tijdstip(moment));
        engine.getManagementService().executeJob(timer.getId());
        ClockUtil.reset();
    }

    /** A zaak whose aanvraag came today, after a gesprek today without a verslag: waiting for its judgement. */
    private String zaakMetAanvraag() {
        String zaaknummer = zaakMetGeplandGesprek();
        engine.getTaskService().complete(taak(zaaknummer, "Task_GesprekVoeren").getId(), Map.of("gesprekDatum",
                vandaag().toString(), "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", false));
        engine.getTaskService().complete(taak(zaaknummer, "Task_AanvraagVastleggen").getId(),
                Map.of("aanvraagIngediend", true, "aanvraagDatum", vandaag().toString()));
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return zaaknummer;
    }

    /** A zaak whose gesprek is planned but not taken by anyone yet: the team's task. */
    private String zaakMetGeplandGesprek() {
        String zaaknummer = registreer();
        engine.getTaskService().complete(taak(zaaknummer, "Task_AfspraakPlannen").getId(),
                Map.of("gesprekGepland", vandaag().toString(), "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        return zaaknummer;
    }

    private Task taak(String zaaknummer, String activiteit) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(zaaknummer)
                .taskDefinitionKey(activiteit).singleResult();
    }

    /** The header renders Camunda's "migrate to Camunda 8" banner; our user-styles.css keeps it out of sight. */
    private void geenMigratiebanner() {
        WebElement banner = wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ce-eol-banner")));
        assertThat(banner.isDisplayed()).as("migratiebanner zichtbaar").isFalse();
    }

    private void inloggen(String app, String gebruiker) {
        Chromium.inloggen(browser, url(""), app, gebruiker, gebruiker);
    }

    private void filter(String naam) {
        wacht.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'filters')]//*[contains(@class,'item')]//*[normalize-space(text())='" + naam + "']"))).click();
        wacht.until(ExpectedConditions.attributeContains(By.xpath(
                "//*[contains(@class,'filters')]//*[contains(@class,'item')][.//*[normalize-space(text())='" + naam + "']]"),
                "class", "active"));
    }

    /**
     * Narrows the task list to one zaak, as a consultant does by searching on the business key (the
     * zaaknummer): other tests' cases share the database, and the list shows 15 tasks a page.
     */
    private void zoekZaak(String filter, String zaaknummer) {
        String filterId = engine.getFilterService().createTaskFilterQuery().filterName(filter).singleResult().getId();
        String zoekopdracht = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
                + zaaknummer + "\",\"name\":\"\"}]";
        browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId + "&searchQuery="
                + URLEncoder.encode(zoekopdracht, StandardCharsets.UTF_8)));
        wacht.until(ExpectedConditions.attributeContains(By.xpath(
                "//*[contains(@class,'filters')]//*[contains(@class,'item')][.//*[normalize-space(text())='" + filter + "']]"),
                "class", "active"));
    }

    /** Tasklist redraws its list when the previous step's task disappears: find the link again until a click lands. */
    private void openTaak(String naam) {
        By taak = By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '" + naam + "')]");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            inBeeld(wacht.until(ExpectedConditions.elementToBeClickable(taak))).click();
            return true;
        });
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), naam));
    }

    private void datum(String veld, LocalDate datum) {
        WebElement invoer = inBeeld(wacht.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[id$='-" + veld + "-date']"))));
        invoer.clear();
        // The picker reads dates in the browser's own notation (Intl), e.g. 23-11-2026 in a Dutch browser.
        invoer.sendKeys((String) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat('default').format(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
                datum.getYear(), datum.getMonthValue(), datum.getDayOfMonth()));
        // Close the calendar, which would otherwise cover the fields below it.
        invoer.sendKeys(Keys.ESCAPE);
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    }

    /** Opens the next step of the zaak from the current filter and waits for its form. */
    private WebElement stap(String taaknaam, String zaaknummer) {
        openTaak(taaknaam + " · " + zaaknummer);
        return wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private void kies(String veld, String keuze) {
        sluitMeldingen();
        inBeeld(wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='-" + veld + "-display']")))).click();
        wacht.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + keuze + "']"))).click();
        wacht.until(ExpectedConditions.textToBe(By.cssSelector("[id$='-" + veld + "-display']"), keuze));
    }

    /** A number typed into a form-js number field. */
    private void getal(String veld, String waarde) {
        WebElement invoer = inBeeld(browser.findElement(By.cssSelector("input[id$='-" + veld + "']")));
        invoer.clear();
        invoer.sendKeys(waarde);
    }

    /** Ticks a box; again if the form redrew itself under the click (it does after typing in a text field). */
    private void vink(String veld) {
        By vakje = By.cssSelector("input[id$='-" + veld + "']");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            if (!d.findElement(vakje).isSelected()) {
                inBeeld(d.findElement(vakje)).click();
            }
            return d.findElement(vakje).isSelected();
        });
    }

    /**
     * Completes the open task and, once the engine has it, runs the letter step that may follow (the job
     * executor is off in tests); then reloads Tasklist, which only lists the next task after that step.
     */
    private void voltooien() {
        String taakId = browser.getCurrentUrl().replaceAll(".*[?&]task=([^&]+).*", "$1");
        String instantie = engine.getTaskService().createTaskQuery().taskId(taakId).singleResult().getProcessInstanceId();
        klikVoltooien();
        wacht.until(d -> engine.getTaskService().createTaskQuery().taskId(taakId).count() == 0);
        if (Brievenbus.verstuur(engine, instantie) > 0) {
            browser.navigate().refresh();
        }
    }

    private void klikVoltooien() {
        sluitMeldingen();
        List<WebElement> knoppen = browser.findElements(By.xpath("//button[normalize-space(.)='Voltooien']"));
        assertThat(knoppen).hasSize(1);
        wacht.until(ExpectedConditions.elementToBeClickable(inBeeld(knoppen.get(0)))).click();
    }

    /** A notice of the previous step may still cover a button or a list at the bottom of the form. */
    private void sluitMeldingen() {
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('.notifications button.close').forEach(knop => knop.click())");
    }

    /** Tasklist's footer covers the bottom of a long form: scroll the element to the middle first. */
    private WebElement inBeeld(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private void foto(String naam) {
        Chromium.foto(browser, naam);
    }

    private String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    private static LocalDate vandaag() {
        return LocalDate.now(EngineClock.ZONE);
    }
}
