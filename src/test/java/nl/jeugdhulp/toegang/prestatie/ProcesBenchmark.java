package nl.jeugdhulp.toegang.prestatie;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import nl.jeugdhulp.toegang.JeugdhulpToegangApplication;
import nl.jeugdhulp.toegang.Productiedatabase;
import nl.jeugdhulp.toegang.TestKlok;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.onderzoek.Familiegroepsplannen;

/**
 * What a case costs the engine, against the bare engine in the same run. Not a test: run with
 * {@code ./mvnw -B -Pbenchmark verify -DskipTests}. The app runs in this JVM on an H2 file database, demo profile,
 * authorization and tenants on, as consulent.kampen. The floor is {@code prestatie/vloer.bpmn}: six user tasks,
 * each with a non-interrupting timer and an escalation task, on the same engine.
 * <p>
 * The route is the README's regular walk (melding to beschikking verzonden, with the familiegroepsplan), driven
 * in-process as Tasklist drives the engine (claim, complete with the form's fields) and over HTTP as a client of
 * {@code /api} and {@code /engine-rest} with Basic authentication. The job executor is off: after each step this
 * thread runs the step's asynchronous continuations (the letters), as the job executor would, so a case's time
 * holds all its work. The variants take turns within every round, so a noisy moment hits them alike; each ratio is
 * the median of the per-round ratios.
 * <p>
 * Then, for each setting in {@link #KANDIDATEN}, an app of its own with that setting measures the cases without
 * letters once more against its own floor: its ratio, beside the app's own above. Last, an app on a fresh
 * PostgreSQL database (127.0.0.1:5432) counts what finished cases and floor instances leave in the history.
 */
public final class ProcesBenchmark {

    private static final int RONDES = Integer.getInteger("benchmark.rondes", 8);
    private static final int ZAKEN_PER_RONDE = Integer.getInteger("benchmark.zakenPerRonde", 10);
    private static final Path DATABASE = Path.of("target", "benchmark", "h2");
    /** The PostgreSQL database (127.0.0.1:5432) of the history's rows and bytes. */
    private static final String HISTORIE = "jeugdhulp_benchmark_historie";
    /**
     * Each candidate setting for speed that application.yaml does not have (docs/prestaties.md says why), and the
     * argument that sets it: measured in every run, so a later version of the engine can change the verdict.
     */
    private static final Map<String, String> KANDIDATEN = Map.of("authorization-check-revokes: never",
            "--camunda.bpm.generic-properties.properties.authorization-check-revokes=never");

    private ProcesBenchmark() {
    }

    public static void main(String[] args) {
        var tabel = new Tabel("proces", "Wat een zaak kost, tegen de kale engine (vloer) in dezelfde run");
        tabel.omstandigheid("database", "H2, bestand; de historie op PostgreSQL");
        tabel.omstandigheid("rondes", RONDES);
        tabel.omstandigheid("zaken per ronde per variant", ZAKEN_PER_RONDE);
        tabel.omstandigheid("gebruiker", RegulierePad.CONSULENT + " (autorisatie en tenants aan)");
        try (var context = start()) {
            var app = new App(context);
            Map<String, List<Double>> msPerZaak = meet(app, true, RONDES);
            rij(tabel, msPerZaak, "vloer, Java-API", "vloer, Java-API", null, "");
            rij(tabel, msPerZaak, "zaak, Java-API, met brieven", "vloer, Java-API", null, "");
            rij(tabel, msPerZaak, "zaak, Java-API, zonder brieven", "vloer, Java-API", 1.5, "");
            rij(tabel, msPerZaak, "vloer, HTTP", "vloer, HTTP", null, "");
            rij(tabel, msPerZaak, "zaak, HTTP, met brieven", "vloer, HTTP", 2.0, "");
            rij(tabel, msPerZaak, "zaak, HTTP, zonder brieven", "vloer, HTTP", 2.0, "");
            for (var oproep : app.route.gesprekken().entrySet()) {
                tabel.rij("HTTP p50 " + oproep.getKey(), Meting.mediaan(oproep.getValue()), "ms");
                tabel.rij("HTTP p95 " + oproep.getKey(), Meting.percentiel(oproep.getValue(), 0.95), "ms");
            }
        }
        // Each candidate setting in an app of its own: its ratios, against those above.
        for (var kandidaat : KANDIDATEN.entrySet()) {
            try (var context = start(kandidaat.getValue())) {
                Map<String, List<Double>> msPerZaak = meet(new App(context), false, Math.max(2, RONDES / 2));
                String met = ", met " + kandidaat.getKey();
                rij(tabel, msPerZaak, "zaak, Java-API, zonder brieven", "vloer, Java-API", null, met);
                rij(tabel, msPerZaak, "zaak, HTTP, zonder brieven", "vloer, HTTP", null, met);
            }
        }
        // What a finished case leaves behind, on PostgreSQL as in production: H2's file grows and shrinks with its
        // own compaction, so its bytes say nothing. The demo app makes its tables itself, as in the -Ppostgres build.
        String postgres = Productiedatabase.leeg(HISTORIE);
        try (var context = startOp(postgres, "--spring.datasource.username=postgres")) {
            var app = new App(context);
            historiePerZaak(context.getBean(JdbcTemplate.class), app.route, app.brieven, tabel);
        }
        tabel.printEnSchrijf();
    }

    /** The app on a fresh H2 file database. */
    private static ConfigurableApplicationContext start(String... extra) {
        FileSystemUtils.deleteRecursively(DATABASE.toFile());
        return startOp("jdbc:h2:file:./" + DATABASE + "/proces;AUTO_SERVER=FALSE", extra);
    }

    /** The app in this JVM on the database {@code url}, demo profile; the arguments win over application.yaml. */
    private static ConfigurableApplicationContext startOp(String url, String... extra) {
        List<String> argumenten = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--camunda.bpm.job-execution.enabled=false", "--jeugdhulp.planning.termijnsignalering=-",
                "--jeugdhulp.planning.dossierbewaring=-", "--logging.level.root=WARN"));
        argumenten.addAll(List.of(extra));
        // As arguments, so they win over application.yaml (SpringApplicationBuilder.properties would not).
        return new SpringApplicationBuilder(JeugdhulpToegangApplication.class)
                .profiles("demo")
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean(SchakelbareBriefRenderer.class,
                        definitie -> definitie.setPrimary(true)))
                .run(argumenten.toArray(String[]::new));
    }

    /** The started app with the floor deployed, and the route through it. */
    private static final class App {

        private final SchakelbareBriefRenderer brieven;
        private final RegulierePad route;

        App(ConfigurableApplicationContext context) {
            var engine = context.getBean(ProcessEngine.class);
            brieven = context.getBean(SchakelbareBriefRenderer.class);
            vloerUitrollen(engine);
            route = new RegulierePad(engine, context.getBean(MeldingService.class),
                    context.getBean(Familiegroepsplannen.class),
                    ((ServletWebServerApplicationContext) context).getWebServer().getPort());
        }

        /** @param metBrieven also the variants with the letters laid out */
        Map<String, Runnable> varianten(boolean metBrieven) {
            Map<String, Runnable> varianten = new LinkedHashMap<>();
            varianten.put("vloer, Java-API", route::vloerJava);
            if (metBrieven) {
                varianten.put("zaak, Java-API, met brieven", () -> {
                    brieven.brievenMaken(true);
                    route.zaakJava();
                });
            }
            varianten.put("zaak, Java-API, zonder brieven", () -> {
                brieven.brievenMaken(false);
                route.zaakJava();
            });
            varianten.put("vloer, HTTP", route::vloerHttp);
            if (metBrieven) {
                varianten.put("zaak, HTTP, met brieven", () -> {
                    brieven.brievenMaken(true);
                    route.zaakHttp(true);
                });
            }
            varianten.put("zaak, HTTP, zonder brieven", () -> {
                brieven.brievenMaken(false);
                route.zaakHttp(false);
            });
            return varianten;
        }
    }

    /**
     * Warms every variant up, then measures them in turns: per variant the ms per case of every round. The HTTP
     * calls' own figures count from the measured rounds on.
     */
    private static Map<String, List<Double>> meet(App app, boolean metBrieven, int rondes) {
        Map<String, Runnable> varianten = app.varianten(metBrieven);
        varianten.values().forEach(variant -> herhaal(variant, ZAKEN_PER_RONDE));
        app.route.gesprekken().clear();
        Map<String, List<Double>> msPerZaak = new LinkedHashMap<>();
        varianten.keySet().forEach(naam -> msPerZaak.put(naam, new ArrayList<>()));
        for (int ronde = 0; ronde < rondes; ronde++) {
            for (var variant : varianten.entrySet()) {
                long start = System.nanoTime();
                herhaal(variant.getValue(), ZAKEN_PER_RONDE);
                msPerZaak.get(variant.getKey()).add((System.nanoTime() - start) / 1e6 / ZAKEN_PER_RONDE);
            }
        }
        ClockUtil.reset();
        return msPerZaak;
    }

    private static void rij(Tabel tabel, Map<String, List<Double>> msPerZaak, String variant, String basis, Double doel,
            String toevoeging) {
        List<Double> tijden = msPerZaak.get(variant);
        List<Double> verhoudingen = new ArrayList<>();
        for (int ronde = 0; ronde < tijden.size(); ronde++) {
            verhoudingen.add(tijden.get(ronde) / msPerZaak.get(basis).get(ronde));
        }
        double verhouding = Meting.mediaan(verhoudingen);
        tabel.rij(variant + toevoeging + " (" + String.format("%.1f", 1000 / Meting.mediaan(tijden)) + " zaken/s)",
                Meting.mediaan(tijden), "ms/zaak", verhouding, doel == null ? null : "≤ " + doel + "× vloer",
                doel == null ? null : verhouding <= doel);
    }

    /**
     * What a finished case leaves in the engine's history, against a finished floor instance, on PostgreSQL: rows of
     * the ACT_HI_ tables and their bytes on disk (tables, indexes and TOAST), per instance, over a batch of whole
     * routes with letters.
     */
    private static void historiePerZaak(JdbcTemplate database, RegulierePad route,
            SchakelbareBriefRenderer brieven, Tabel tabel) {
        final int zaken = 50;
        long[] voor = historie(database);
        herhaal(route::vloerJava, zaken);
        long[] vloer = historie(database);
        brieven.brievenMaken(true);
        herhaal(route::zaakJava, zaken);
        ClockUtil.reset();
        long[] zaak = historie(database);
        double vloerRijen = (vloer[0] - voor[0]) / (double) zaken;
        double zaakRijen = (zaak[0] - vloer[0]) / (double) zaken;
        double vloerKb = (vloer[1] - voor[1]) / 1024.0 / zaken;
        double zaakKb = (zaak[1] - vloer[1]) / 1024.0 / zaken;
        tabel.rij("historie per afgeronde vloer-instantie, rijen", vloerRijen, "rijen", 1.0, null, null);
        tabel.rij("historie per afgeronde zaak, rijen", zaakRijen, "rijen", zaakRijen / vloerRijen, null, null);
        tabel.rij("historie per afgeronde vloer-instantie, op schijf", vloerKb, "kB", 1.0, null, null);
        tabel.rij("historie per afgeronde zaak, op schijf", zaakKb, "kB", zaakKb / vloerKb, null, null);
    }

    /** The rows of the ACT_HI_ tables, and their bytes with indexes and TOAST. */
    private static long[] historie(JdbcTemplate database) {
        List<String> tabellen = database.queryForList("select tablename from pg_tables where tablename like 'act\\_hi\\_%'",
                String.class);
        long rijen = tabellen.stream()
                .mapToLong(tabel -> database.queryForObject("select count(*) from " + tabel, Long.class)).sum();
        long bytes = tabellen.stream()
                .mapToLong(tabel -> database.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, tabel)).sum();
        return new long[] {rijen, bytes};
    }

    private static void herhaal(Runnable variant, int keer) {
        for (int i = 0; i < keer; i++) {
            variant.run();
        }
    }

    /** The floor deployed beside the app's processes; consulenten may start and work it as they do a zaak. */
    private static void vloerUitrollen(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().name("vloer")
                .addClasspathResource("prestatie/vloer.bpmn").deploy();
        var autorisaties = engine.getAuthorizationService();
        var autorisatie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        autorisatie.setGroupId("consulenten");
        autorisatie.setResource(Resources.PROCESS_DEFINITION);
        autorisatie.setResourceId(RegulierePad.VLOER);
        autorisatie.addPermission(Permissions.READ);
        autorisatie.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        autorisatie.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        autorisatie.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
        autorisaties.saveAuthorization(autorisatie);
    }

    static LocalDate dag(int maand, int dag) {
        return LocalDate.of(2026, maand, dag);
    }

    static void klok(LocalDate dag) {
        TestKlok.zetKlok(dag.atStartOfDay());
    }
}
