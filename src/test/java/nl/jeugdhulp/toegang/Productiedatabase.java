package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * A fresh PostgreSQL database on the local server (127.0.0.1:5432, user postgres, trust auth), set up as README
 * "Productie" tells an operator: the engine's tables from the create scripts in the engine jar inside the app's
 * jar, run with psql; our own tables come from Flyway at the first start. Used by the tests of the packaged app
 * when the build runs with {@code -Ppostgres}.
 */
public final class Productiedatabase {

    /** The build's postgres profile gives every IT its PostgreSQL URL. */
    public static final boolean POSTGRES = System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    public static final String BEHEERDER = "beheerder";
    public static final String WACHTWOORD = "Zomer-in-Kampen-2026";
    /** The consulent the administrator makes: of Kampen only. */
    public static final String CONSULENT = "consulent.kampen";
    public static final String CONSULENT_WACHTWOORD = "Consulent-Kampen-2026";
    /** The teamleider the administrator makes: of Kampen only. */
    public static final String TEAMLEIDER = "teamleider.kampen";
    public static final String TEAMLEIDER_WACHTWOORD = "Teamleider-Kampen-2026";

    private static final String ENGINE_JAR = "BOOT-INF/lib/camunda-engine-7.24.0.jar";
    private static final List<String> DELEN = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    private Productiedatabase() {
    }

    /** Drops and creates database {@code naam} with the engine's tables; returns its JDBC URL. */
    public static String nieuw(String naam, Path jar, Path map) {
        String url = leeg(naam);
        try (var app = new ZipFile(jar.toFile())) {
            Files.createDirectories(map);
            Path engine = map.resolve("camunda-engine.jar");
            try (InputStream inhoud = app.getInputStream(app.getEntry(ENGINE_JAR))) {
                Files.copy(inhoud, engine, StandardCopyOption.REPLACE_EXISTING);
            }
            try (var scripts = new ZipFile(engine.toFile())) {
                for (String deel : DELEN) {
                    Path script = map.resolve("activiti.postgres.create." + deel + ".sql");
                    try (InputStream inhoud = scripts.getInputStream(scripts.getEntry(
                            "org/camunda/bpm/engine/db/create/" + script.getFileName()))) {
                        Files.copy(inhoud, script, StandardCopyOption.REPLACE_EXISTING);
                    }
                    psql(naam, "-f", script.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return url;
    }

    /** Drops and creates database {@code naam} without tables, for an app that makes its own; returns its JDBC URL. */
    public static String leeg(String naam) {
        psql("postgres", "-c", "DROP DATABASE IF EXISTS " + naam + " WITH (FORCE)");
        psql("postgres", "-c", "CREATE DATABASE " + naam);
        return "jdbc:postgresql://127.0.0.1:5432/" + naam;
    }

    /** The prod profile's environment variables for this database (the local server ignores the password). */
    public static Map<String, String> omgeving(String url) {
        return Map.of("SPRING_PROFILES_ACTIVE", "prod", "JEUGDHULP_DB_URL", url, "JEUGDHULP_DB_USER", "postgres",
                "JEUGDHULP_DB_PASSWORD", "Database-Kampen-2026", "JEUGDHULP_ADMIN_USER", BEHEERDER,
                "JEUGDHULP_ADMIN_PASSWORD", WACHTWOORD);
    }

    /** The administrator makes the consulent of Kampen over the engine's REST API, as in Camunda Admin; once. */
    public static void consulentAanwezig(int poort) {
        medewerkerVanKampen(poort, CONSULENT, "Karin", "Consulent", CONSULENT_WACHTWOORD, "consulenten");
    }

    /** The same for the teamleider of Kampen. */
    public static void teamleiderAanwezig(int poort) {
        medewerkerVanKampen(poort, TEAMLEIDER, "Koen", "Teamleider", TEAMLEIDER_WACHTWOORD, "teamleiders");
    }

    private static void medewerkerVanKampen(int poort, String id, String voornaam, String achternaam, String wachtwoord,
            String groep) {
        var admin = new ApiClient(poort, BEHEERDER, WACHTWOORD);
        if (!admin.get("/engine-rest/user?id=" + id).json().isEmpty()) {
            return;
        }
        assertThat(admin.post("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "%s", "lastName": "%s"},
                 "credentials": {"password": "%s"}}""".formatted(id, voornaam, achternaam, wachtwoord)).status())
                .isEqualTo(204);
        assertThat(admin.put("/engine-rest/group/" + groep + "/members/" + id, "").status()).isEqualTo(204);
        assertThat(admin.put("/engine-rest/tenant/kampen/user-members/" + id, "").status()).isEqualTo(204);
    }

    private static void psql(String database, String... opdracht) {
        var regel = new ArrayList<>(List.of("psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", database,
                "-v", "ON_ERROR_STOP=1"));
        regel.addAll(List.of(opdracht));
        JarProces.voer(regel);
    }
}
