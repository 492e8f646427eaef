package nl.jeugdhulp.toegang;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's session with the Camunda webapps, without the browser: logs in to Tasklist or Cockpit as the
 * login page does (with the CSRF token from the cookie) and then calls the webapps' own API with that session.
 * It keeps its cookies as a browser on localhost does, also the Secure ones of the prod profile, and can carry
 * them to another node of the same installation ({@link #via}), as a load balancer would send the next request.
 */
public class WebappSessie {

    private final HttpClient browser = HttpClient.newHttpClient();
    private final Map<String, String> koekjes;
    private final String basis;

    private WebappSessie(String basis, Map<String, String> koekjes) {
        this.basis = basis;
        this.koekjes = koekjes;
    }

    /** Logged in to {@code app} ("tasklist" or "cockpit") with password = user name, as the demo users have. */
    public static WebappSessie aangemeld(int poort, String app, String gebruiker) {
        return aangemeld("http://localhost:" + poort, app, gebruiker, gebruiker);
    }

    public static WebappSessie aangemeld(String basis, String app, String gebruiker, String wachtwoord) {
        var sessie = new WebappSessie(basis, new ConcurrentHashMap<>());
        sessie.get("/camunda/app/" + app + "/default/");
        var login = sessie.post("/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Aanmelden bij " + app + " als " + gebruiker + ": " + login.statusCode());
        }
        // Logging in starts a new session; the CSRF token of the new session comes with the next page.
        sessie.get("/camunda/app/" + app + "/default/");
        return sessie;
    }

    /** The same session (its cookies) against another node. */
    public WebappSessie via(String andereBasis) {
        return new WebappSessie(andereBasis, koekjes);
    }

    public HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    public HttpResponse<String> post(String pad, String contentType, String body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", koekjes.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        if (!koekjes.isEmpty()) {
            verzoek.header("Cookie", koekjes.entrySet().stream().map(k -> k.getKey() + "=" + k.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            var antwoord = browser.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            antwoord.headers().allValues("Set-Cookie").forEach(this::bewaar);
            return antwoord;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void bewaar(String setCookie) {
        String paar = setCookie.split(";", 2)[0];
        int is = paar.indexOf('=');
        String naam = paar.substring(0, is).trim();
        String waarde = paar.substring(is + 1).trim();
        if (waarde.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            koekjes.remove(naam);
        } else {
            koekjes.put(naam, waarde);
        }
    }
}
