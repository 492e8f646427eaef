package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Dutch consultant's browser for the browser tests: Debian's Chromium, headless, through Debian's chromedriver;
 * nothing is downloaded. Without the two the tests are skipped with a message; {@code .ci/run} installs them.
 * Screenshots go to target/screenshots/.
 */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** For a {@code @BeforeAll}: skips the test class where Chromium is not installed. */
    public static void vereist() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browsertests overgeslagen: /usr/bin/chromium en /usr/bin/chromedriver ontbreken "
                        + "(apt-get install chromium chromium-driver; .ci/run doet dat)");
    }

    public static WebDriver start() {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        // The machine has no internet: without these flags Chromium keeps trying to reach Google.
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1440,1300", "--lang=nl-NL", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Amsterdam", "LANG", "nl_NL.UTF-8")).build();
        var chrome = new ChromeDriver(driver, opties);
        // As a Dutch consultant's browser: Intl (and so the forms' date pickers) in Dutch notation.
        chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "nl-NL"));
        return chrome;
    }

    public static WebDriverWait wacht(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Logs in on the webapp's own (Dutch) login page, which only renders once the webapp's plugins have loaded. */
    public static void inloggen(WebDriver browser, String basis, String app, String gebruiker, String wachtwoord) {
        var wacht = wacht(browser);
        browser.get(basis + "/camunda/app/" + app + "/default/");
        WebElement naam = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[type=text]")));
        assertThat(naam.getAttribute("placeholder")).as("Nederlandse webapp").isEqualTo("Gebruikersnaam");
        naam.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(wachtwoord);
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    }

    public static void foto(WebDriver browser, String naam) {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Screenshot " + naam + " niet opgeslagen", e);
        }
    }
}
