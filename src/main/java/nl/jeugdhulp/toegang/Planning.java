package nl.jeugdhulp.toegang;

import java.time.Instant;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import nl.jeugdhulp.toegang.bewaren.Dossierbewaring;
import nl.jeugdhulp.toegang.termijn.TermijnSignalering;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;

/**
 * The work that must happen once per installation, however many nodes share the database: the termijnsignalering
 * (with the bezwaartermijnen that passed) every morning (and at start-up, so a server that was down at six is not a
 * day behind) and the dossierbewaring every night. Every node schedules them; ShedLock's row in the shared database
 * lets one node run each, and a node that finds the row taken skips that run. A run keeps the row at least
 * {@value #MINIMAAL} long, which covers clocks that differ between nodes and nodes that start together; at most
 * {@code lockAtMostFor}, after which a run that died with its node no longer blocks the next one. Why not engine
 * jobs: each run goes through every case and writes each changed case in a transaction of its own, for minutes on a
 * region's database; as one job it would be one long transaction, and the engine's job lock time would have to be
 * that long for every job.
 * <p>
 * Each run is timed in {@code jeugdhulp.scheduled} (tag {@code taak}) on the node that ran it.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class Planning {

    static final String MINIMAAL = "PT5M";
    private static final Logger LOG = LoggerFactory.getLogger(Planning.class);

    private final Termijnbewaking termijnen;
    private final TermijnSignalering signalering;
    private final Dossierbewaring bewaring;
    private final MeterRegistry metrics;

    Planning(Termijnbewaking termijnen, TermijnSignalering signalering, Dossierbewaring bewaring, MeterRegistry metrics) {
        this.termijnen = termijnen;
        this.signalering = signalering;
        this.bewaring = bewaring;
        this.metrics = metrics;
    }

    /** The lock rows live in the application's database; lock times are the database's clock, not the node's. */
    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    /**
     * At start-up in the background, on the scheduler's thread: a node is ready for work at once, however many cases
     * are open (on the main thread, 30,000 open cases kept a node from being ready for over a minute; see
     * docs/prestaties.md). Through the bean, so that the run takes ShedLock's row like the morning's.
     */
    @EventListener(ApplicationReadyEvent.class)
    void termijnsignaleringBijDeStart(ApplicationReadyEvent gestart) {
        Planning planning = gestart.getApplicationContext().getBean(Planning.class);
        gestart.getApplicationContext().getBean(TaskScheduler.class).schedule(planning::termijnsignalering, Instant.now());
    }

    @Scheduled(cron = "${jeugdhulp.planning.termijnsignalering}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "termijnsignalering", lockAtLeastFor = MINIMAAL, lockAtMostFor = "PT1H")
    public void termijnsignalering() {
        int verstreken = timer("termijnsignalering").record(() -> {
            int aantal = termijnen.familietermijnenVerstrijken();
            signalering.signaleer();
            return aantal;
        });
        LOG.info("Termijnsignalering bijgewerkt; {} bezwaartermijnen verstreken", verstreken);
    }

    @Scheduled(cron = "${jeugdhulp.planning.dossierbewaring}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "dossierbewaring", lockAtLeastFor = MINIMAAL, lockAtMostFor = "PT4H")
    public void dossierbewaring() {
        int vernietigd = timer("dossierbewaring").record(bewaring::ruimOp);
        LOG.info("Dossierbewaring: {} dossiers vernietigd", vernietigd);
    }

    private Timer timer(String taak) {
        return Timer.builder("jeugdhulp.scheduled").description("Een run van werk dat één node per installatie doet")
                .tag("taak", taak).register(metrics);
    }
}
