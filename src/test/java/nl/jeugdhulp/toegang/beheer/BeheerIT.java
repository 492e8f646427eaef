package nl.jeugdhulp.toegang.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;

/**
 * What the gemeente's IT sees: health for the load balancer without logging in, and the metrics for
 * administrators only, per gemeente and never per child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// Spring Boot's tests switch the metrics export off unless asked.
@AutoConfigureObservability(tracing = false)
class BeheerIT {

    @LocalServerPort
    int poort;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Meetwaarden meetwaarden;

    @Test
    void gezondheid_voorDeLoadBalancer_zonderAanmelden_alleenDeStatus() {
        var iedereen = new ApiClient(poort, null);
        for (String pad : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var antwoord = iedereen.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            assertThat(antwoord.json().get("status").asText()).as(pad).isEqualTo("UP");
        }
        var gezondheid = iedereen.get("/actuator/health").json();
        assertThat(gezondheid.get("components").get("processEngine").get("status").asText()).isEqualTo("UP");
        assertThat(gezondheid.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(gezondheid.get("components").get("db").has("details")).as("geen details voor iedereen").isFalse();
        assertThat(iedereen.get("/actuator/health/readiness").json().get("components").has("processEngine")).isTrue();
    }

    @Test
    void metingen_alleenVoorBeheerders() {
        assertThat(new ApiClient(poort, null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, null).get("/actuator").status()).isEqualTo(401);
        assertThat(new ApiClient(poort, "onbekend", "fout").get("/actuator/prometheus").status()).isEqualTo(401);
        for (String gebruiker : new String[] {"consulent", "teamleider", "procesontwerper"}) {
            var geweigerd = new ApiClient(poort, gebruiker).get("/actuator/prometheus");
            assertThat(geweigerd.status()).as(gebruiker).isEqualTo(403);
            assertThat(geweigerd.contentType()).as(gebruiker).startsWith("application/problem+json");
        }
        assertThat(new ApiClient(poort, "beheerder").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(new ApiClient(poort, "admin").get("/actuator/prometheus").status()).as("camunda-admin").isEqualTo(200);
    }

    @Test
    void metingen_perGemeenteEnSoort_vanTermijnenIncidentenBrievenEnDeEngine_zonderBsnOfNaam() {
        var consulent = new ApiClient(poort, "consulent.kampen");
        LocalDate vandaag = LocalDate.now(Werkdagenkalender.ZONE);
        assertThat(consulent.post("/api/meldingen", TestMelding.alsJson("kampen", vandaag, vandaag.minusYears(12)))
                .status()).isEqualTo(201);
        // Registered a month late: the appointment term has passed, its timer escalates.
        LocalDate laat = vandaag.minusWeeks(4);
        assertThat(consulent.post("/api/meldingen", TestMelding.alsJson("kampen", laat, laat.minusYears(12))).status())
                .isEqualTo(201);
        Brievenbus.verstuur(engine);
        var management = engine.getManagementService();
        management.createJobQuery().timers().activityId("Timer_AfspraakTermijnVerstreken").executable().list()
                .forEach(timer -> management.executeJob(timer.getId()));
        // A job that ran out of retries: an incident in Cockpit.
        String job = management.createJobQuery().timers().activityId("Timer_GesprekTermijnVerstreken").list().get(0).getId();
        management.setJobRetries(job, 0);
        meetwaarden.ververs();

        String metingen = new ApiClient(poort, "beheerder").get("/actuator/prometheus").body();
        assertThat(metingen)
                .contains("jeugdhulp_termijnen{application=\"jeugdhulp-toegang\",gemeente=\"kampen\",soort=\"AFSPRAAK\",status=\"lopend\"} 1.0")
                .contains("jeugdhulp_termijnen{application=\"jeugdhulp-toegang\",gemeente=\"kampen\",soort=\"AFSPRAAK\",status=\"overschreden\"} 1.0")
                .contains("jeugdhulp_termijnen{application=\"jeugdhulp-toegang\",gemeente=\"kampen\",soort=\"GESPREK\",status=\"lopend\"} 2.0")
                .contains("jeugdhulp_termijnen{application=\"jeugdhulp-toegang\",gemeente=\"dalfsen\",soort=\"AFSPRAAK\",status=\"lopend\"} 0.0")
                .contains("jeugdhulp_jobs_failed{application=\"jeugdhulp-toegang\",gemeente=\"kampen\"} 1.0")
                .contains("jeugdhulp_jobs_failed{application=\"jeugdhulp-toegang\",gemeente=\"dalfsen\"} 0.0")
                .contains("jeugdhulp_brieven_seconds_count{application=\"jeugdhulp-toegang\",soort=\"ONTVANGSTBEVESTIGING\"} 2")
                .contains("camunda_root_process_instance_start_total{application=\"jeugdhulp-toegang\"} 2.0")
                .contains("camunda_job_successful_total{application=\"jeugdhulp-toegang\"}")
                .doesNotContain("111222333", "de Vries", "Fatima", "JH-");
    }
}
