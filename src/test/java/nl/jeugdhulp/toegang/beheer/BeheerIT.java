package nl.jeugdhulp.toegang.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.TestMelding;
import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * What the gemeente's IT sees: health for the load balancer without logging in, and the metrics for
 * administrators only, per gemeente and never per child.
 */
@ToegangIT
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

    /** The database holds other tests' cases: every figure is compared with before, and only these zaken move. */
    @Test
    void metingen_perGemeenteEnSoort_vanTermijnenIncidentenBrievenEnDeEngine_zonderBsnOfNaam() {
        meetwaarden.ververs();
        String voor = metingen();
        var consulent = new ApiClient(poort, "consulent.kampen");
        LocalDate vandaag = LocalDate.now(EngineClock.ZONE);
        String optijd = consulent.post("/api/meldingen", TestMelding.alsJson("kampen", vandaag, vandaag.minusYears(12)))
                .json().get("zaaknummer").asText();
        // Registered a month late: the appointment term has passed, its timer escalates.
        LocalDate laat = vandaag.minusWeeks(4);
        String telaat = consulent.post("/api/meldingen", TestMelding.alsJson("kampen", laat, laat.minusYears(12)))
                .json().get("zaaknummer").asText();
        String instantie = instantie(telaat);
        Brievenbus.verstuur(engine, instantie(optijd), instantie);
        var management = engine.getManagementService();
        management.createJobQuery().processInstanceId(instantie).timers().activityId("Timer_AfspraakTermijnVerstreken")
                .executable().list().forEach(timer -> management.executeJob(timer.getId()));
        // A job that ran out of retries: an incident in Cockpit.
        String job = management.createJobQuery().processInstanceId(instantie).timers()
                .activityId("Timer_GesprekTermijnVerstreken").singleResult().getId();
        management.setJobRetries(job, 0);
        meetwaarden.ververs();
        String na = metingen();

        String kampen = "{application=\"jeugdhulp-toegang\",gemeente=\"kampen\"";
        assertThat(verschil(voor, na, "jeugdhulp_termijnen" + kampen + ",soort=\"AFSPRAAK\",status=\"lopend\"}")).isEqualTo(1);
        assertThat(verschil(voor, na, "jeugdhulp_termijnen" + kampen + ",soort=\"AFSPRAAK\",status=\"overschreden\"}"))
                .isEqualTo(1);
        assertThat(verschil(voor, na, "jeugdhulp_termijnen" + kampen + ",soort=\"GESPREK\",status=\"lopend\"}")).isEqualTo(2);
        assertThat(verschil(voor, na, "jeugdhulp_termijnen{application=\"jeugdhulp-toegang\",gemeente=\"dalfsen\","
                + "soort=\"AFSPRAAK\",status=\"lopend\"}")).isZero();
        assertThat(verschil(voor, na, "jeugdhulp_jobs_failed" + kampen + "}")).isEqualTo(1);
        assertThat(verschil(voor, na, "jeugdhulp_jobs_failed{application=\"jeugdhulp-toegang\",gemeente=\"dalfsen\"}")).isZero();
        assertThat(verschil(voor, na, "jeugdhulp_brieven_seconds_count{application=\"jeugdhulp-toegang\","
                + "soort=\"ONTVANGSTBEVESTIGING\"}")).isEqualTo(2);
        assertThat(verschil(voor, na, "camunda_root_process_instance_start_total{application=\"jeugdhulp-toegang\"}"))
                .isEqualTo(2);
        assertThat(verschil(voor, na, "camunda_job_successful_total{application=\"jeugdhulp-toegang\"}")).isPositive();
        assertThat(na).doesNotContain("111222333", "de Vries", "Fatima", "JH-");
    }

    private String instantie(String zaaknummer) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .singleResult().getId();
    }

    private String metingen() {
        return new ApiClient(poort, "beheerder").get("/actuator/prometheus").body();
    }

    /** How much a series grew; a series that is not there yet counts as 0. */
    private static double verschil(String voor, String na, String reeks) {
        assertThat(na).contains(reeks + " ");
        return waarde(na, reeks) - waarde(voor, reeks);
    }

    private static double waarde(String metingen, String reeks) {
        return metingen.lines().filter(regel -> regel.startsWith(reeks + " ")).findFirst()
                .map(regel -> Double.parseDouble(regel.substring(reeks.length() + 1))).orElse(0.0);
    }
}
