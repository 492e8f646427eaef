package nl.jeugdhulp.toegang.beheer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * What the installation's state looks like to the gemeente's monitoring, per gemeente and never per child:
 * <ul>
 * <li>{@code jeugdhulp_termijnen{gemeente, soort, status}}: running termijnen ({@code lopend}) and termijnen that
 * passed unmet in cases that still run ({@code overschreden}), for every termijn the gemeente must meet;</li>
 * <li>{@code jeugdhulp_jobs_failed{gemeente}}: jobs without retries left, each an incident in Cockpit (a letter
 * that could not be made, a timer that failed); {@code gemeente="installatie"} for the engine's own jobs.</li>
 * </ul>
 * They describe the shared database, so every node reports the same figures; they are refreshed every minute.
 */
@Component
class Meetwaarden {

    private static final String ZONDER_GEMEENTE = "installatie";
    private static final List<TermijnStatus> GETELD = List.of(TermijnStatus.LOPEND, TermijnStatus.OVERSCHREDEN);

    private final JdbcTemplate jdbc;
    private final ManagementService managementService;
    private final Gemeenten gemeenten;
    private final MultiGauge termijnen;
    private final MultiGauge mislukteJobs;

    Meetwaarden(JdbcTemplate jdbc, ManagementService managementService, Gemeenten gemeenten, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.managementService = managementService;
        this.gemeenten = gemeenten;
        this.termijnen = MultiGauge.builder("jeugdhulp.termijnen")
                .description("Lopende termijnen, en niet gehaalde termijnen in lopende zaken").register(metrics);
        this.mislukteJobs = MultiGauge.builder("jeugdhulp.jobs.failed")
                .description("Jobs zonder pogingen meer (incidenten)").register(metrics);
    }

    @Scheduled(fixedDelayString = "PT1M")
    void ververs() {
        Map<List<String>, Long> aantallen = new HashMap<>();
        jdbc.query("""
                select z.gemeente, t.soort, t.status, count(*) as aantal from termijn t join zaak z on z.id = t.zaak_id
                where t.status = 'LOPEND' or (t.status = 'OVERSCHREDEN' and z.afgesloten is null)
                group by z.gemeente, t.soort, t.status""",
                rij -> {
                    aantallen.put(List.of(rij.getString("gemeente"), rij.getString("soort"), rij.getString("status")),
                            rij.getLong("aantal"));
                });
        List<MultiGauge.Row<?>> rijen = new ArrayList<>();
        for (Gemeente gemeente : gemeenten.alle()) {
            for (Termijnsoort soort : Termijnsoort.values()) {
                if (!soort.wordtBewaakt()) {
                    continue;
                }
                for (TermijnStatus status : GETELD) {
                    long aantal = aantallen.getOrDefault(List.of(gemeente.code(), soort.name(), status.name()), 0L);
                    rijen.add(MultiGauge.Row.of(Tags.of("gemeente", gemeente.code(), "soort", soort.name(),
                            "status", status.name().toLowerCase()), aantal));
                }
            }
        }
        termijnen.register(rijen, true);

        List<MultiGauge.Row<?>> jobs = new ArrayList<>();
        for (Gemeente gemeente : gemeenten.alle()) {
            jobs.add(MultiGauge.Row.of(Tags.of("gemeente", gemeente.code()),
                    managementService.createJobQuery().noRetriesLeft().tenantIdIn(gemeente.code()).count()));
        }
        jobs.add(MultiGauge.Row.of(Tags.of("gemeente", ZONDER_GEMEENTE),
                managementService.createJobQuery().noRetriesLeft().withoutTenantId().count()));
        mislukteJobs.register(jobs, true);
    }
}
