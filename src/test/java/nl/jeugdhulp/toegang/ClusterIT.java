package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * Two nodes from the packaged jar on one fresh PostgreSQL database, with the prod profile: Camunda's homogeneous
 * cluster, as a region runs it behind a load balancer. Started together, as an orchestrator starts them:
 * <ol>
 * <li>1,000 cases whose AFSPRAAK term has already passed get exactly 1,000 escalations, none twice, no incident;</li>
 * <li>a task created on node 1 is claimed and completed through node 2, and a Tasklist session opened on node 1
 * works on node 2;</li>
 * <li>the termijnsignalering at start-up and the dossierbewaring at its time run on one node only;</li>
 * <li>{@code kill -9} of node 1 while meldingen come in on both: every melding answered 201 has its zaak, its
 * process and, within the job lock time plus a margin, its ontvangstbevestiging; no zaak is without a process
 * and no process without a zaak; the Tasklist session goes on on node 2.</li>
 * </ol>
 * Only with {@code -Ppostgres}: an H2 file is no database two JVMs share. The figures are printed.
 */
@EnabledIf("postgres")
class ClusterIT {

    private static final Path MAP = Path.of("target", "cluster-it");
    private static final int VERLOPEN_ZAKEN = 1_000;
    /** The job lock time of application.yaml: how long jobs of a dead node wait. */
    private static final Duration LOCK_TIME = Duration.ofSeconds(60);
    private static final String CONSULENT = Productiedatabase.CONSULENT;
    private static final String WACHTWOORD = Productiedatabase.CONSULENT_WACHTWOORD;
    private static final String ESCALATIE = "Task_TermijnoverschrijdingBeoordelen";

    private final HttpClient http = HttpClient.newHttpClient();
    private JdbcTemplate database;

    static boolean postgres() {
        return Productiedatabase.POSTGRES;
    }

    @Test
    void tweeNodesOpEenDatabase_werkenAlsEenInstallatie() throws Exception {
        FileSystemUtils.deleteRecursively(MAP);
        String url = Productiedatabase.nieuw("jeugdhulp_cluster", JarProces.JAR, MAP);
        database = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        // The nightly dossierbewaring at a moment both nodes are up; every node schedules it.
        LocalDateTime nachtwerk = LocalDateTime.now(EngineClock.ZONE).plusMinutes(4).withNano(0);
        Map<String, String> omgeving = new HashMap<>(Productiedatabase.omgeving(url));
        omgeving.put("JEUGDHULP_PLANNING_DOSSIERBEWARING",
                "%d %d %d * * *".formatted(nachtwerk.getSecond(), nachtwerk.getMinute(), nachtwerk.getHour()));

        long start = System.nanoTime();
        var eerste = CompletableFuture.supplyAsync(() -> JarProces.start(JarProces.JAR, MAP.resolve("node1"), omgeving));
        var tweede = CompletableFuture.supplyAsync(() -> JarProces.start(JarProces.JAR, MAP.resolve("node2"), omgeving));
        try (JarProces node1 = eerste.join(); JarProces node2 = tweede.join()) {
            System.out.printf("%nCluster: twee nodes samen gestart in %.0f s (poorten %d en %d)%n", seconden(start),
                    node1.poort(), node2.poort());
            // In the background after the start: once one node has run it, the other found ShedLock's row taken.
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> runs(node1, "termijnsignalering") + runs(node2, "termijnsignalering") >= 1);
            assertThat(runs(node1, "termijnsignalering") + runs(node2, "termijnsignalering"))
                    .as("termijnsignalering bij de start, over beide nodes").isEqualTo(1);
            Productiedatabase.consulentAanwezig(node1.poort());

            verlopenTermijnenEscalerenEenKeer(node1, node2);
            WebappSessie sessie = taakVanNode1ViaNode2(node1, node2);

            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> LocalDateTime.now(EngineClock.ZONE).isAfter(nachtwerk.plusSeconds(20))
                            && runs(node1, "dossierbewaring") + runs(node2, "dossierbewaring") >= 1);
            assertThat(runs(node1, "dossierbewaring") + runs(node2, "dossierbewaring"))
                    .as("dossierbewaring om " + nachtwerk.toLocalTime() + ", over beide nodes").isEqualTo(1);
            System.out.printf("Cluster: termijnsignalering bij de start 1 keer, dossierbewaring om %s 1 keer "
                    + "(node 1: %d, node 2: %d)%n", nachtwerk.toLocalTime(), runs(node1, "dossierbewaring"),
                    runs(node2, "dossierbewaring"));

            geenMeldingVerlorenAlsNode1Valt(node1, node2, sessie);
        }
    }

    /** (a) Every node's job executor takes the due timers; the engine's locking hands each to one of them. */
    private void verlopenTermijnenEscalerenEenKeer(JarProces node1, JarProces node2) throws Exception {
        long start = System.nanoTime();
        // Four weeks ago: the appointment (10 werkdagen) is overdue, the gesprek (6 weeks) is not, holidays or not.
        LocalDate ontvangen = LocalDate.now(EngineClock.ZONE).minusWeeks(4);
        List<String> zaken = registreer(VERLOPEN_ZAKEN, ontvangen, List.of(node1, node2));
        assertThat(zaken).hasSize(VERLOPEN_ZAKEN);
        System.out.printf("Cluster: %d meldingen van vier weken geleden geregistreerd in %.0f s%n", zaken.size(),
                seconden(start));
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2))
                .until(() -> telling("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null"
                        + " or duedate_ <= ?)", Timestamp.valueOf(LocalDateTime.now(EngineClock.ZONE))) == 0
                        && telling("select count(*) from act_ru_task where task_def_key_ = ?", ESCALATIE) >= VERLOPEN_ZAKEN);
        assertThat(telling("select count(*) from act_hi_taskinst where task_def_key_ = ?", ESCALATIE))
                .as("escalaties").isEqualTo(VERLOPEN_ZAKEN);
        assertThat(telling("select count(*) from (select proc_inst_id_ from act_hi_taskinst where task_def_key_ = ?"
                + " group by proc_inst_id_ having count(*) > 1) dubbel", ESCALATIE)).as("zaken met twee escalaties").isZero();
        assertThat(telling("select count(*) from termijn where soort = 'AFSPRAAK' and status = 'OVERSCHREDEN'"))
                .isEqualTo(VERLOPEN_ZAKEN);
        assertThat(telling("select count(*) from document where soort = 'ONTVANGSTBEVESTIGING'")).isEqualTo(VERLOPEN_ZAKEN);
        assertThat(telling("select count(*) from act_ru_incident")).as("incidenten").isZero();
        System.out.printf("Cluster: %d escalaties, 0 dubbel, 0 incidenten, %d brieven, klaar na %.0f s; "
                        + "jobs uitgevoerd door node 1: %d, node 2: %d; door de ander eerst gepakt: %d en %d; "
                        + "langste brief van de laatste 2 minuten %.2f s%n",
                VERLOPEN_ZAKEN, VERLOPEN_ZAKEN, seconden(start), meting(node1, "camunda_job_successful_total"),
                meting(node2, "camunda_job_successful_total"), meting(node1, "camunda_job_acquired_failure_total"),
                meting(node2, "camunda_job_acquired_failure_total"),
                DoubleStream.concat(waarden(node1, "jeugdhulp_brieven_seconds_max", ""),
                        waarden(node2, "jeugdhulp_brieven_seconds_max", "")).max().orElse(0));
    }

    /** (b) A task is the database's, not a node's; so is the consultant's Tasklist session. */
    private WebappSessie taakVanNode1ViaNode2(JarProces node1, JarProces node2) {
        String zaak = registreer(1, LocalDate.now(EngineClock.ZONE), List.of(node1)).get(0);
        var viaNode1 = new ApiClient(node1.poort(), CONSULENT, WACHTWOORD);
        var viaNode2 = new ApiClient(node2.poort(), CONSULENT, WACHTWOORD);
        String taak = await().atMost(LOCK_TIME).pollInterval(Duration.ofMillis(500)).until(
                () -> viaNode1.get("/engine-rest/task?processInstanceBusinessKey=" + zaak).json(),
                taken -> !taken.isEmpty()).get(0).get("id").asText();
        assertThat(viaNode2.post("/engine-rest/task/" + taak + "/claim", "{\"userId\": \"" + CONSULENT + "\"}").status())
                .isEqualTo(204);
        assertThat(viaNode2.post("/engine-rest/task/" + taak + "/complete", """
                {"variables": {"gesprekGepland": {"value": "%s"}, "gesprekTijd": {"value": "14:30"},
                 "gesprekLocatie": {"value": "Bij het gezin thuis"}}}""".formatted(LocalDate.now(EngineClock.ZONE)))
                .status()).isEqualTo(204);
        var volgende = await().atMost(LOCK_TIME).pollInterval(Duration.ofMillis(500)).until(
                () -> viaNode1.get("/engine-rest/task?processInstanceBusinessKey=" + zaak).json(), taken -> !taken.isEmpty());
        assertThat(volgende.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_GesprekVoeren");
        assertThat(volgende.get(0).get("assignee").asText()).as("regisseur").isEqualTo(CONSULENT);

        WebappSessie sessie = WebappSessie.aangemeld(node1.basis(), "tasklist", CONSULENT, WACHTWOORD);
        ingelogd(sessie.via(node2.basis()), "op node 2, aangemeld op node 1");
        System.out.printf("Cluster: taak van zaak %s op node 1 geclaimd en afgerond via node 2; Tasklist-sessie van "
                + "node 1 werkt op node 2%n", zaak);
        return sessie;
    }

    /** (c) What the family was told (201) holds, whichever node fell. */
    private void geenMeldingVerlorenAlsNode1Valt(JarProces node1, JarProces node2, WebappSessie sessie) throws Exception {
        List<String> aangenomen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger opNode1 = new AtomicInteger();
        AtomicInteger opNode2 = new AtomicInteger();
        AtomicBoolean gevallen = new AtomicBoolean();
        LocalDate vandaag = LocalDate.now(EngineClock.ZONE);
        ExecutorService loketten = Executors.newFixedThreadPool(2);
        Future<?> loket1 = loketten.submit(() -> {
            while (!gevallen.get()) {
                meld(node1, vandaag).ifPresent(zaak -> {
                    aangenomen.add(zaak);
                    opNode1.incrementAndGet();
                });
            }
        });
        Future<?> loket2 = loketten.submit(() -> {
            while (!gevallen.get() || opNode2.get() < 60) {
                meld(node2, vandaag).ifPresent(zaak -> {
                    aangenomen.add(zaak);
                    opNode2.incrementAndGet();
                });
            }
        });
        await().atMost(Duration.ofMinutes(3)).until(() -> opNode1.get() >= 30 && opNode2.get() >= 30);
        node1.kill();
        long gevallenOp = System.nanoTime();
        gevallen.set(true);
        loket1.get();
        loket2.get();
        loketten.shutdown();
        System.out.printf("Cluster: node 1 met kill -9 gestopt; meldingen met 201: %d via node 1, %d via node 2%n",
                opNode1.get(), opNode2.get());

        String zaken = "'" + String.join("','", aangenomen) + "'";
        assertThat(telling("select count(*) from zaak where zaaknummer in (" + zaken + ")")).isEqualTo(aangenomen.size());
        assertThat(telling("select count(distinct business_key_) from act_hi_procinst where business_key_ in (" + zaken + ")"))
                .isEqualTo(aangenomen.size());
        await().atMost(LOCK_TIME.plusSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> telling("select count(*) from document d join zaak z on z.id = d.zaak_id where z.zaaknummer in ("
                        + zaken + ") and d.soort = 'ONTVANGSTBEVESTIGING'") == aangenomen.size());
        System.out.printf("Cluster: alle %d ontvangstbevestigingen gemaakt, de laatste %.0f s na de val (lock time %d s)%n",
                aangenomen.size(), seconden(gevallenOp), LOCK_TIME.toSeconds());
        assertThat(telling("select count(*) from zaak z where not exists (select 1 from act_hi_procinst p"
                + " where p.business_key_ = z.zaaknummer)")).as("zaken zonder proces").isZero();
        assertThat(telling("select count(*) from act_hi_procinst p where p.proc_def_key_ = 'jeugdhulp-toegang'"
                + " and not exists (select 1 from zaak z where z.zaaknummer = p.business_key_)")).as("processen zonder zaak")
                .isZero();
        assertThat(telling("select count(*) from act_ru_incident")).as("incidenten").isZero();
        ingelogd(sessie.via(node2.basis()), "op node 2, nadat node 1 viel");
    }

    /** Still logged in: the webapps' API answers, also a POST that needs the session's CSRF token. */
    private static void ingelogd(WebappSessie sessie, String waar) {
        var lezen = sessie.get("/camunda/api/engine/engine/default/task/count");
        assertThat(lezen.statusCode()).as("Tasklist-sessie " + waar).isEqualTo(200);
        var zoeken = sessie.post("/camunda/api/engine/engine/default/task/count", "application/json", "{}");
        assertThat(zoeken.statusCode()).as("Tasklist-sessie met CSRF-token " + waar).isEqualTo(200);
    }

    /** {@code aantal} meldingen, spread over the nodes, eight at a time; the zaaknummers of those answered 201. */
    private List<String> registreer(int aantal, LocalDate ontvangen, List<JarProces> nodes) {
        ExecutorService loketten = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> zaken = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                JarProces node = nodes.get(i % nodes.size());
                zaken.add(loketten.submit(() -> meld(node, ontvangen).orElseThrow()));
            }
            List<String> nummers = new ArrayList<>();
            for (Future<String> zaak : zaken) {
                nummers.add(zaak.get());
            }
            return nummers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            loketten.shutdown();
        }
    }

    /** One melding; its zaaknummer when answered 201, empty when the node did not answer (it fell). */
    private Optional<String> meld(JarProces node, LocalDate ontvangen) {
        var verzoek = HttpRequest.newBuilder(URI.create(node.basis() + "/api/meldingen"))
                .header("Content-Type", "application/json").header("Authorization", basic(CONSULENT, WACHTWOORD))
                .POST(HttpRequest.BodyPublishers.ofString(TestMelding.alsJson("kampen", ontvangen, ontvangen.minusYears(12)),
                        StandardCharsets.UTF_8)).build();
        try {
            var antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 201) {
                throw new IllegalStateException("Melding: " + antwoord.statusCode() + " " + antwoord.body());
            }
            String locatie = antwoord.headers().firstValue("Location").orElseThrow();
            return Optional.of(locatie.substring(locatie.lastIndexOf('/') + 1));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** How many runs of a scheduled task this node did, from its metrics. */
    private static long runs(JarProces node, String taak) {
        return meting(node, "jeugdhulp_scheduled_seconds_count", "taak=\"" + taak + "\"");
    }

    private static long meting(JarProces node, String reeks) {
        return meting(node, reeks, "");
    }

    /** The value of a metric on one node's /actuator/prometheus, summed over the series whose tags contain {@code tag}. */
    private static long meting(JarProces node, String reeks, String tag) {
        return (long) waarden(node, reeks, tag).sum();
    }

    private static DoubleStream waarden(JarProces node, String reeks, String tag) {
        String metingen = new ApiClient(node.poort(), Productiedatabase.BEHEERDER, Productiedatabase.WACHTWOORD)
                .get("/actuator/prometheus").body();
        Matcher waarde = Pattern.compile("(?m)^" + Pattern.quote(reeks) + "\\{([^}]*)\\} (\\S+)$").matcher(metingen);
        DoubleStream.Builder gevonden = DoubleStream.builder();
        while (waarde.find()) {
            if (waarde.group(1).contains(tag)) {
                gevonden.add(Double.parseDouble(waarde.group(2)));
            }
        }
        return gevonden.build();
    }

    private long telling(String sql, Object... parameters) {
        return database.queryForObject(sql, Long.class, parameters);
    }

    private static String basic(String gebruiker, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private static double seconden(long sinds) {
        return (System.nanoTime() - sinds) / 1e9;
    }
}
