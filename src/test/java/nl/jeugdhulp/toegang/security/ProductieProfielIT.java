package nl.jeugdhulp.toegang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import nl.jeugdhulp.toegang.JeugdhulpToegangApplication;
import nl.jeugdhulp.toegang.proces.Groepen;

/**
 * The prod profile: refuses default or missing passwords and a database without the engine's tables, creates
 * no demo users, and sends its cookies for HTTPS only.
 */
class ProductieProfielIT {

    private static final String WACHTWOORD = "Zomer-in-Kampen-2026";
    private static final String DB_WACHTWOORD = "Database-Kampen-2026";
    /** The engine's create scripts in the order the engine runs them itself; the operator runs the postgres ones. */
    private static final List<String> ENGINE_SCHEMA = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Test
    void zonderBeheerderswachtwoord_startDeAppNiet() {
        assertThatThrownBy(() -> start(databaseMetEngineSchema(), "", DB_WACHTWOORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
    }

    @Test
    void metStandaardwachtwoord_startDeAppNiet() {
        String database = databaseMetEngineSchema();
        assertThatThrownBy(() -> start(database, "admin", DB_WACHTWOORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> start(database, "beheerder", DB_WACHTWOORD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
    }

    @Test
    void zonderOfMetStandaardDatabasewachtwoord_startDeAppNiet() {
        String database = databaseMetEngineSchema();
        assertThatThrownBy(() -> start(database, WACHTWOORD, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_DB_PASSWORD");
        assertThatThrownBy(() -> start(database, WACHTWOORD, "postgres"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_DB_PASSWORD");
    }

    /** "demo,prod" would otherwise make the demo users with their known passwords, next to a good admin. */
    @Test
    void metHetDemoprofielErbij_startDeAppNiet() {
        String database = databaseMetEngineSchema();
        assertThatThrownBy(() -> start(database, WACHTWOORD, DB_WACHTWOORD, "--spring.profiles.active=demo"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo");
    }

    @Test
    void zonderEngineTabellen_startDeAppNiet_deEngineMaaktZeInProductieNietZelf() {
        String leeg = "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> start(leeg, WACHTWOORD, DB_WACHTWOORD))
                .rootCause().hasMessageContaining("There are no Camunda tables in the database");
    }

    @Test
    void metEigenWachtwoorden_startDeApp_zonderDemogebruikers_metCookiesAlleenOverHttps() throws Exception {
        try (ConfigurableApplicationContext app = start(databaseMetEngineSchema(), WACHTWOORD, DB_WACHTWOORD)) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("consulent").count()).isZero();
            assertThat(identity.createUserQuery().userId("teamleider").count()).isZero();
            assertThat(identity.checkPassword("beheerder", WACHTWOORD)).isTrue();
            assertThat(identity.createGroupQuery().groupId(Groepen.CONSULENTEN).count()).isOne();

            String basis = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            var http = HttpClient.newHttpClient();
            var tasklist = http.send(HttpRequest.newBuilder(URI.create(basis + "/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tasklist.statusCode()).isEqualTo(200);
            assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(tasklist.headers().allValues("Set-Cookie"))
                    .anySatisfy(koekje -> assertThat(koekje).startsWith("XSRF-TOKEN=").contains("Secure"))
                    .anySatisfy(koekje -> assertThat(koekje).startsWith("SESSION=").contains("Secure", "HttpOnly"));
            var h2Console = http.send(HttpRequest.newBuilder(URI.create(basis + "/h2-console")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(h2Console.statusCode()).isEqualTo(404);
        }
    }

    /** What the operator does before the first start: create the engine's tables from the engine jar's scripts. */
    private static String databaseMetEngineSchema() {
        String url = "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var scripts = new ResourceDatabasePopulator();
        ENGINE_SCHEMA.forEach(deel -> scripts.addScript(
                new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create." + deel + ".sql")));
        scripts.execute(new DriverManagerDataSource(url, "sa", DB_WACHTWOORD));
        return url;
    }

    private static ConfigurableApplicationContext start(String database, String wachtwoord, String dbWachtwoord,
                                                        String... extra) {
        var app = new SpringApplication(JeugdhulpToegangApplication.class);
        app.setAdditionalProfiles("prod");
        var argumenten = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--JEUGDHULP_DB_PASSWORD=" + dbWachtwoord,
                // The build's postgres profile sets spring.datasource.password for every IT as a system property,
                // which outranks application-prod.yaml; this puts prod's own mapping back on top.
                "--spring.datasource.password=${JEUGDHULP_DB_PASSWORD}",
                "--JEUGDHULP_ADMIN_USER=beheerder", "--JEUGDHULP_ADMIN_PASSWORD=" + wachtwoord,
                "--logging.level.root=WARN"));
        argumenten.addAll(List.of(extra));
        return app.run(argumenten.toArray(String[]::new));
    }
}
