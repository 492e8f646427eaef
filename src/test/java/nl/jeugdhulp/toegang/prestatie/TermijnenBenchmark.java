package nl.jeugdhulp.toegang.prestatie;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.JarProces;
import nl.jeugdhulp.toegang.JeugdhulpToegangApplication;
import nl.jeugdhulp.toegang.Productiedatabase;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * A morning on which many deadlines fall due together, the task page over many open cases, startup and memory: on
 * PostgreSQL (127.0.0.1:5432), with the packaged jar as the nodes, as a municipality runs it. Not a test: run with
 * {@code ./mvnw -B -Pbenchmark verify -DskipTests}.
 * <p>
 * First this JVM loads the open cases into a fresh database: meldingen of today, spread over the four gemeenten,
 * through the app's own MeldingService (the letters filled and stored, their PDF a no-op: the letters are not
 * what is measured here). Each case then waits in "Vooronderzoek doen en afspraak plannen" with its
 * afspraaktermijn timer 10 werkdagen ahead. A wave makes {@value #TIMER} due now for a number of cases at once,
 * in one update of the jobs' due dates, and counts the seconds until every one of them has its escalation task.
 * Three waves: one node with the engine's and PostgreSQL's own settings, one node with this app's, and two nodes.
 * The Tasklist filters are measured on the first two nodes, on the same cases, and once more without the task
 * index, as a ratio to the second node's.
 */
public final class TermijnenBenchmark {

    private static final int GOLF = Integer.getInteger("benchmark.termijnen", 10_000);
    private static final int OPEN_ZAKEN = Math.max(3 * GOLF, Integer.getInteger("benchmark.openZaken", 0));
    /** The heap docs/productie.md advises. */
    private static final String HEAP = System.getProperty("benchmark.heap", "512m");
    private static final int METINGEN = 100;
    private static final int MINSTENS = 3;
    private static final int MEETTIJD_S = 20;
    private static final Path MAP = Path.of("target", "benchmark", "termijnen");
    private static final List<String> GEMEENTEN = List.of("kampen", "dalfsen", "dordrecht", "stadskanaal");
    private static final String TIMER = "Timer_AfspraakTermijnVerstreken";
    private static final String ESCALATIE = "Task_TermijnoverschrijdingBeoordelen";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Before: for each setting this app changes, what Camunda's Spring Boot starter (7.24) and PostgreSQL do by
     * themselves.
     */
    private static final String[] STANDAARD = {"--camunda.bpm.job-execution.lock-time-in-millis=300000",
            "--camunda.bpm.job-execution.max-wait=60000", "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
            "--camunda.bpm.job-execution.queue-capacity=3",
            // and PostgreSQL's own planner settings, where PostgresPlanner sets them per connection
            "--spring.datasource.hikari.connection-init-sql=set random_page_cost = 4; set plan_cache_mode = auto"};
    /** The indexes and statistics of db/vendor/postgresql/afterMigrate.sql, each measured with and without. */
    private static final String TAAKINDEX = "jeugdhulp_idx_task_due_date";
    private static final String JOBINDEX = "jeugdhulp_idx_job_due_date";
    private static final List<String> STATISTIEKEN = List.of("jeugdhulp_stat_auth_read", "jeugdhulp_stat_auth_read_task");
    /** The engine's question for due jobs (Job.xml, selectNextJobsToExecute, as 7.24 asks it on PostgreSQL). */
    private static final String JOBS_OPHALEN = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_,"
            + " RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= ?)"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1"
            + " and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2"
            + " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
            + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?))) or RES.EXCLUSIVE_ = false) LIMIT 3";

    private TermijnenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FileSystemUtils.deleteRecursively(MAP.toFile());
        String url = Productiedatabase.nieuw("jeugdhulp_benchmark", JarProces.JAR, MAP);
        // One connection, kept open: each measured question asks the database, not for a new connection.
        var database = new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "", true));
        var tabel = new Tabel("termijnen", "Termijnen die tegelijk verlopen, de takenlijst, opstarten en geheugen");
        tabel.omstandigheid("database", "PostgreSQL " + database.queryForObject("show server_version", String.class));
        tabel.omstandigheid("open zaken", OPEN_ZAKEN);
        tabel.omstandigheid("termijnen per golf", GOLF);
        tabel.omstandigheid("node", "de verpakte jar, productieprofiel, -Xmx" + HEAP);

        double laadtijd = laad(Productiedatabase.omgeving(url));
        tabel.rij("zaken laden, in-process, 2 threads", OPEN_ZAKEN / laadtijd, "zaken/s");
        // What autovacuum does on its own a little later: the planner's statistics of the loaded tables.
        database.execute("analyze");
        jobsOphalen(database, tabel);

        Map<String, String> omgeving = new HashMap<>(Productiedatabase.omgeving(url));
        omgeving.put("JAVA_TOOL_OPTIONS", "-Xmx" + HEAP);
        Golf standaard;
        try (var node = new Node(database, omgeving, "standaard", STANDAARD)) {
            // Before: also without the job index and the statistics, which the node's Flyway has just made.
            database.execute("drop index " + JOBINDEX);
            database.execute("drop statistics " + String.join(", ", STATISTIEKEN));
            database.execute("analyze act_ru_authorization");
            standaard = golf(database);
            Productiedatabase.consulentAanwezig(node.poort());
            database.execute("analyze");
            takenlijst(node.poort(), tabel, ", PostgreSQL-standaard", Map.of());
        }
        try (var node1 = new Node(database, omgeving, "node1")) {
            tabel.rij("opstarten tot gezond, " + OPEN_ZAKEN + " open zaken", node1.opstarttijd, "s", null, "≤ 15 s",
                    node1.opstarttijd <= 15);
            tabel.rij("termijnsignalering bij de start klaar, op de achtergrond", node1.signaleringKlaar, "s");
            Map<String, Double> basis = takenlijst(node1.poort(), tabel, " (basis)", Map.of());
            groepenVraag(database, tabel, basis.get("takenlijst \"Taken van mijn team\", 50 taken"));
            database.execute("drop index " + TAAKINDEX);
            takenlijst(node1.poort(), tabel, ", zonder taakindex", basis);
            database.execute("create index " + TAAKINDEX + " on act_ru_task (due_date_)");
            Golf een = golf(database);
            Productiedatabase.teamleiderAanwezig(node1.poort());
            dashboard(node1.poort(), tabel);
            tabel.rij("geheugen (RSS) van de node na de golf", node1.rssMegabytes(), "MB", null, "≤ 700 MB",
                    node1.rssMegabytes() <= 700);
            try (var node2 = new Node(database, omgeving, "node2")) {
                Golf twee = golf(database);
                tabel.rij(GOLF + " termijnen, 1 node, standaardinstellingen, zonder jobindex", standaard.seconden(), "s",
                        standaard.seconden() / een.seconden(), null, null);
                tabel.rij(GOLF + " termijnen, 1 node (basis)", een.seconden(), "s", 1.0, "≤ 30 s", een.seconden() <= 30);
                tabel.rij(GOLF + " termijnen, 2 nodes", twee.seconden(), "s", twee.seconden() / een.seconden(),
                        "≤ 0,625× (1,6× sneller)", een.seconden() / twee.seconden() >= 1.6);
                tabel.rij("processors bezet tijdens de golf, standaardinstellingen", standaard.cpuBezet(), "%");
                tabel.rij("processors bezet tijdens de golf, 1 node", een.cpuBezet(), "%");
                tabel.rij("processors bezet tijdens de golf, 2 nodes", twee.cpuBezet(), "%");
            }
        }
        tabel.printEnSchrijf();
    }

    /** Loads the open cases through the app in this JVM; returns the seconds it took. */
    private static double laad(Map<String, String> omgeving) throws Exception {
        long start = System.nanoTime();
        List<String> argumenten = new ArrayList<>(List.of("--server.port=0", "--jeugdhulp.planning.termijnsignalering=-",
                "--jeugdhulp.planning.dossierbewaring=-", "--logging.level.root=WARN"));
        // The environment's placeholders (JEUGDHULP_DB_URL, ...) as arguments; the profile as Spring takes it.
        omgeving.forEach((naam, waarde) -> argumenten.add("--" + naam + "=" + waarde));
        try (var context = new SpringApplicationBuilder(JeugdhulpToegangApplication.class)
                .profiles(omgeving.get("SPRING_PROFILES_ACTIVE"))
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean(SchakelbareBriefRenderer.class,
                        definitie -> definitie.setPrimary(true)))
                .run(argumenten.toArray(String[]::new))) {
            context.getBean(SchakelbareBriefRenderer.class).brievenMaken(false);
            var engine = context.getBean(ProcessEngine.class);
            var meldingen = context.getBean(MeldingService.class);
            var database = context.getBean(JdbcTemplate.class);
            LocalDate vandaag = LocalDate.now(EngineClock.ZONE);
            AtomicInteger volgende = new AtomicInteger();
            ExecutorService loketten = Executors.newFixedThreadPool(2);
            List<Future<?>> werk = new ArrayList<>();
            for (int loket = 0; loket < 2; loket++) {
                werk.add(loketten.submit(() -> {
                    engine.getIdentityService().setAuthentication("laden", List.of("consulenten"), GEMEENTEN);
                    for (int zaak = volgende.getAndIncrement(); zaak < OPEN_ZAKEN; zaak = volgende.getAndIncrement()) {
                        meldingen.registreer(RegulierePad.melding(GEMEENTEN.get(zaak % GEMEENTEN.size()), vandaag));
                        if ((zaak + 1) % 5_000 == 0 || zaak + 1 == 1_000) {
                            // What autovacuum does on a municipality's server while the tables grow. The CI server
                            // here runs without it, and without statistics the planner reads all of zaak and
                            // act_ru_variable to find one row (docs/prestaties.md).
                            database.execute("vacuum analyze");
                            System.out.printf("%d zaken geladen in %.0f s%n", zaak + 1, seconden(start));
                        }
                    }
                    engine.getIdentityService().clearAuthentication();
                    return null;
                }));
            }
            loketten.shutdown();
            for (Future<?> loket : werk) {
                loket.get(3, TimeUnit.HOURS);
            }
            wacht(() -> telling(database, "select count(*) from act_ru_job where duedate_ is null or duedate_ <= ?",
                    new Timestamp(System.currentTimeMillis())) == 0, Duration.ofMinutes(30), "de brieven van het laden");
            long timers = telling(database, "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                    + " where d.act_id_ = ?", TIMER);
            if (timers != OPEN_ZAKEN) {
                throw new IllegalStateException(timers + " afspraaktermijnen voor " + OPEN_ZAKEN + " zaken");
            }
        }
        return seconden(start);
    }

    /** A wave: its seconds from the update to the last escalation, and how busy the machine's cores were. */
    private record Golf(double seconden, double cpuBezet) {
    }

    /**
     * Makes the afspraaktermijn of {@link #GOLF} cases due now, in one update, and waits until each of them has its
     * escalation task.
     */
    private static Golf golf(JdbcTemplate database) {
        long escalatiesVoor = telling(database, "select count(*) from act_ru_task where task_def_key_ = ?", ESCALATIE);
        Timestamp nu = new Timestamp(System.currentTimeMillis());
        int verlopen = database.update("update act_ru_job set duedate_ = ? where id_ in (select j.id_ from act_ru_job j"
                + " join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = ? and j.duedate_ > ? order by j.id_"
                + " limit ?)", nu, TIMER, nu, GOLF);
        if (verlopen != GOLF) {
            throw new IllegalStateException("Nog " + verlopen + " afspraaktermijnen over voor een golf van " + GOLF);
        }
        long[] cpuVoor = cpu();
        long start = System.nanoTime();
        wacht(() -> telling(database, "select count(*) from act_ru_task where task_def_key_ = ?", ESCALATIE)
                >= escalatiesVoor + GOLF, Duration.ofHours(1), "de escalaties van de golf");
        double duur = seconden(start);
        long[] cpuNa = cpu();
        long incidenten = telling(database, "select count(*) from act_ru_incident");
        if (incidenten > 0) {
            throw new IllegalStateException(incidenten + " incidenten na de golf");
        }
        double bezet = 100.0 * (cpuNa[0] - cpuVoor[0]) / (cpuNa[1] - cpuVoor[1]);
        System.out.printf("Golf van %d termijnen geëscaleerd in %.1f s, processors %.0f%% bezet%n", GOLF, duur, bezet);
        return new Golf(duur, bezet);
    }

    /** The machine's busy and total processor time so far (Linux, /proc/stat): every process, the database's too. */
    private static long[] cpu() {
        try {
            String[] velden = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long totaal = 0;
            for (int i = 1; i < velden.length; i++) {
                totaal += Long.parseLong(velden[i]);
            }
            long rust = Long.parseLong(velden[4]) + Long.parseLong(velden[5]);
            return new long[] {totaal - rust, totaal};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Tasklist filters a consultant of one gemeente opens, as Tasklist asks for them: the first 50 tasks by due
     * date, and the count beside the filter's name; returns their p50s. With a {@code basis} of an earlier call in
     * this run, each p50 gets its ratio to that one.
     */
    private static Map<String, Double> takenlijst(int poort, Tabel tabel, String variant, Map<String, Double> basis) {
        Map<String, Double> p50 = new HashMap<>();
        var tasklist = new ApiClient(poort, Productiedatabase.CONSULENT, Productiedatabase.CONSULENT_WACHTWOORD);
        for (String filter : List.of("Taken van mijn team", "Termijn binnen 5 werkdagen")) {
            String id = RegulierePad.verwacht(tasklist.get("/engine-rest/filter?resourceType=Task&name="
                    + filter.replace(" ", "%20")), 200).json().get(0).get("id").asText();
            for (String vraag : List.of("list?firstResult=0&maxResults=50", "count")) {
                String pad = "/engine-rest/filter/" + id + "/" + vraag;
                List<Double> tijden = meet(() -> RegulierePad.verwacht(tasklist.post(pad, "{}"), 200));
                String soort = "takenlijst \"" + filter + "\", " + (vraag.equals("count") ? "aantal" : "50 taken");
                String meting = soort + variant;
                double mediaan = Meting.mediaan(tijden);
                p50.put(soort, mediaan);
                tabel.rij(meting + ", p50 (" + tijden.size() + " keer)", mediaan, "ms",
                        basis.containsKey(soort) ? mediaan / basis.get(soort) : null, null, null);
                double p95 = Meting.percentiel(tijden, 0.95);
                tabel.rij(meting + ", p95", p95, "ms", null, "≤ 50 ms", p95 <= 50);
            }
        }
        return p50;
    }

    /**
     * After two calls to warm up, {@value #METINGEN} calls of {@code vraag}, or as many as fit in {@value #MEETTIJD_S}
     * s, at least {@value #MINSTENS}: on PostgreSQL's default planner costs a single call can take seconds. Returns
     * the milliseconds of each.
     */
    private static List<Double> meet(Runnable vraag) {
        vraag.run();
        vraag.run();
        List<Double> tijden = new ArrayList<>();
        long einde = System.nanoTime() + MEETTIJD_S * 1_000_000_000L;
        while (tijden.size() < METINGEN && (tijden.size() < MINSTENS || System.nanoTime() < einde)) {
            long start = System.nanoTime();
            vraag.run();
            tijden.add((System.nanoTime() - start) / 1e6);
        }
        return tijden;
    }

    /**
     * The question the engine asks first in every command of a logged-in user: which groups hold any
     * authorization (Authorization.xml, selectAuthorizedGroupIds, 7.24; Camunda issue 5485). Its p50 as a share
     * of the team filter's first page, which asks it once.
     */
    private static void groepenVraag(JdbcTemplate database, Tabel tabel, double takenlijstP50) {
        long rechten = telling(database, "select count(*) from act_ru_authorization");
        double p50 = Meting.mediaan(meet(() -> database.queryForList(
                "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A", String.class)));
        tabel.rij("de vraag naar groepen met een recht, " + rechten + " rechten, p50 (× de eerste pagina van het team)",
                p50, "ms", p50 / takenlijstP50, null, null);
    }

    /**
     * The Cockpit dashboard of the Termijnbewaking as the teamleider of Kampen opens it ({@code GET
     * /api/termijnbewaking}), once a wave has made many cases overdue.
     */
    private static void dashboard(int poort, Tabel tabel) {
        var teamleider = new ApiClient(poort, Productiedatabase.TEAMLEIDER, Productiedatabase.TEAMLEIDER_WACHTWOORD);
        List<Double> tijden = meet(() -> RegulierePad.verwacht(teamleider.get("/api/termijnbewaking"), 200));
        tabel.rij("termijnbewaking in Cockpit, na de golf, p50 (" + tijden.size() + " keer)", Meting.mediaan(tijden),
                "ms");
        tabel.rij("termijnbewaking in Cockpit, na de golf, p95", Meting.percentiel(tijden, 0.95), "ms");
    }

    /**
     * The engine's question for due jobs while none are due, as an idle job executor asks it, with and without
     * the job index; p50 over {@value #METINGEN} questions.
     */
    private static void jobsOphalen(JdbcTemplate database, Tabel tabel) {
        double met = jobsOphalenMs(database);
        database.execute("drop index " + JOBINDEX);
        double zonder = jobsOphalenMs(database);
        database.execute("create index " + JOBINDEX + " on act_ru_job (duedate_)");
        tabel.rij("jobs ophalen, " + telling(database, "select count(*) from act_ru_job") + " jobs, met jobindex, p50",
                met, "ms", met / zonder, null, null);
        tabel.rij("jobs ophalen, zonder jobindex (basis), p50", zonder, "ms", 1.0, null, null);
    }

    private static double jobsOphalenMs(JdbcTemplate database) {
        List<Double> tijden = new ArrayList<>();
        for (int i = 0; i < METINGEN; i++) {
            Timestamp nu = new Timestamp(System.currentTimeMillis());
            long start = System.nanoTime();
            database.queryForList(JOBS_OPHALEN, nu, nu, nu);
            tijden.add((System.nanoTime() - start) / 1e6);
        }
        return Meting.mediaan(tijden);
    }

    /** A node of the installation: the packaged jar in a JVM of its own, on the benchmark's database. */
    private static final class Node implements AutoCloseable {

        private final JarProces proces;
        private final double opstarttijd;
        private final double signaleringKlaar;

        /**
         * Starts the node as on the first start of a day: ShedLock's row of the termijnsignalering is cleared, so
         * this node runs it, in the background after it is ready. Waits for that run as well, so that it does not
         * share the machine with a wave.
         */
        Node(JdbcTemplate database, Map<String, String> omgeving, String naam, String... argumenten) {
            database.update("delete from shedlock where name = 'termijnsignalering'");
            long start = System.nanoTime();
            proces = JarProces.start(JarProces.JAR, MAP.resolve(naam), omgeving, argumenten);
            // As the load balancer asks: without logging in.
            var gezond = HttpRequest.newBuilder(URI.create(proces.basis() + "/actuator/health/readiness")).build();
            wacht(() -> HTTP.send(gezond, HttpResponse.BodyHandlers.discarding()).statusCode() == 200,
                    Duration.ofMinutes(5), "gezonde node");
            opstarttijd = seconden(start);
            wacht(() -> proces.log().contains("Termijnsignalering bijgewerkt"), Duration.ofMinutes(15),
                    "termijnsignalering bij de start");
            signaleringKlaar = seconden(start);
            System.out.printf("Node %s gezond na %.1f s, termijnsignalering klaar na %.1f s%n", naam, opstarttijd,
                    signaleringKlaar);
        }

        int poort() {
            return proces.poort();
        }

        double rssMegabytes() {
            try {
                return Files.readAllLines(Path.of("/proc", String.valueOf(proces.pid()), "status")).stream()
                        .filter(regel -> regel.startsWith("VmRSS:"))
                        .mapToDouble(regel -> Long.parseLong(regel.replaceAll("\\D", "")) / 1024.0)
                        .findFirst().orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            proces.close();
        }
    }

    /**
     * Waits as the ITs do (Awaitility), polling the database or the node: the job executors run in other JVMs, on
     * their own clocks, and their real time is what is measured.
     */
    private static void wacht(Callable<Boolean> voorwaarde, Duration hoogstens, String waarop) {
        await(waarop).atMost(hoogstens).pollInterval(Duration.ofMillis(200)).until(voorwaarde);
    }

    private static long telling(JdbcTemplate database, String sql, Object... parameters) {
        return database.queryForObject(sql, Long.class, parameters);
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }
}
