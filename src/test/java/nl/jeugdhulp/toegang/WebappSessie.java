package nl.jeugdhulp.toegang;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the Camunda webapps, without the browser: logs in to Tasklist or Cockpit as the
 * login page does (with the CSRF token from the cookie) and then calls the webapps' own API with that session.
 */
public class WebappSessie {

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(koekjes).build();
    private final String basis;

    private WebappSessie(int poort) {
        this.basis = "http://localhost:" + poort;
    }

    /** Logged in to {@code app} ("tasklist" or "cockpit") with password = user name, as the demo users have. */
    public static WebappSessie aangemeld(int poort, String app, String gebruiker) {
        var sessie = new WebappSessie(poort);
        sessie.get("/camunda/app/" + app + "/default/");
        var login = sessie.post("/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + gebruiker + "&password=" + gebruiker);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Aanmelden bij " + app + " als " + gebruiker + ": " + login.statusCode());
        }
        // Logging in starts a new session; the CSRF token of the new session comes with the next page.
        sessie.get("/camunda/app/" + app + "/default/");
        return sessie;
    }

    public HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    public HttpResponse<String> post(String pad, String contentType, String body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private String csrfToken() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return browser.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
