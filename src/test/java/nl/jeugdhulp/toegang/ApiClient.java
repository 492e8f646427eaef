package nl.jeugdhulp.toegang;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the ITs: real requests against the running app, with or without Basic auth. */
public class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String basis;
    private final String gebruiker;
    private final String wachtwoord;

    /** As a demo user, whose password is the user name. */
    public ApiClient(int poort, String gebruiker) {
        this(poort, gebruiker, gebruiker);
    }

    public ApiClient(int poort, String gebruiker, String wachtwoord) {
        this.basis = "http://localhost:" + poort;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
    }

    public Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    public Antwoord post(String pad, String body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Antwoord put(String pad, String body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Any request, as a fuzz test sends it: any method, these headers (e.g. a Content-Type, or an Authorization of
     * its own when this client has no user) and a body of raw bytes, possibly without a declared length.
     */
    public Antwoord ruwVerzoek(String methode, String pad, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        var builder = verzoek(pad).method(methode, body);
        headers.forEach(builder::header);
        return stuur(builder);
    }

    /** A GET whose answer is not text, such as a PDF. */
    public Bestand bestand(String pad) {
        try {
            var response = http.send(verzoek(pad).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bestand(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Bestand(int status, String contentType, byte[] inhoud) {
    }

    private HttpRequest.Builder verzoek(String pad) {
        var builder = HttpRequest.newBuilder(URI.create(basis + pad));
        if (gebruiker != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Antwoord stuur(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Antwoord(int status, String contentType, String location, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Geen JSON: " + body, e);
            }
        }
    }
}
