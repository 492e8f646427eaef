package nl.jeugdhulp.toegang.prestatie;

import static nl.jeugdhulp.toegang.prestatie.ProcesBenchmark.dag;
import static nl.jeugdhulp.toegang.prestatie.ProcesBenchmark.klok;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;

import nl.jeugdhulp.toegang.ApiClient;
import nl.jeugdhulp.toegang.Brievenbus;
import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.onderzoek.Familiegroepsplannen;
import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.MelderRol;

/**
 * One case at a time through the regular route (RegulierePadViaRestIT's walk: melding, afspraak, gesprek,
 * familiegroepsplan, verslag, ondertekend verslag, aanvraag, beoordeling, beschikking), and one through the
 * floor, each in-process and over HTTP, as consulent.kampen. After every step this thread runs the step's letter
 * jobs (Brievenbus), as the job executor would.
 */
final class RegulierePad {

    static final String CONSULENT = "consulent.kampen";
    static final String VLOER = "vloer";
    private static final String GEMEENTE = "kampen";
    private static final int VLOERTAKEN = 6;

    private final ProcessEngine engine;
    private final MeldingService meldingen;
    private final Familiegroepsplannen familiegroepsplannen;
    private final ApiClient http;
    private final AtomicInteger volgnummer = new AtomicInteger();
    /** Per kind of HTTP call of the route: its durations in ms. */
    private final Map<String, List<Double>> gesprekken = new LinkedHashMap<>();

    RegulierePad(ProcessEngine engine, MeldingService meldingen, Familiegroepsplannen familiegroepsplannen, int poort) {
        this.engine = engine;
        this.meldingen = meldingen;
        this.familiegroepsplannen = familiegroepsplannen;
        this.http = new ApiClient(poort, CONSULENT);
    }

    Map<String, List<Double>> gesprekken() {
        return gesprekken;
    }

    void vloerJava() {
        alsConsulent(() -> {
            String instantie = engine.getRuntimeService().startProcessInstanceByKey(VLOER, "VLOER-" + volgnummer.incrementAndGet(),
                    Variables.createVariables().putValue("gemeente", GEMEENTE)).getId();
            for (int stap = 1; stap <= VLOERTAKEN; stap++) {
                String taak = taakJava(instantie, "Taak" + stap);
                if (stap == 1) {
                    engine.getTaskService().claim(taak, CONSULENT);
                }
                engine.getTaskService().complete(taak);
            }
        });
    }

    void zaakJava() {
        alsConsulent(() -> {
            klok(dag(11, 13));
            String zaaknummer = meldingen.registreer(melding(GEMEENTE, dag(11, 13))).getZaaknummer();
            String instantie = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                    .singleResult().getId();
            jobs(instantie);
            klok(dag(11, 16));
            String afspraak = taakJava(instantie, "Task_AfspraakPlannen");
            engine.getTaskService().claim(afspraak, CONSULENT);
            rondJava(instantie, afspraak, Map.of("gesprekGepland", "2026-11-19", "gesprekTijd", "14:30",
                    "gesprekLocatie", "Bij het gezin thuis"));
            klok(dag(11, 19));
            rondJava(instantie, taakJava(instantie, "Task_GesprekVoeren"), Map.of("gesprekDatum", "2026-11-19",
                    "geinformeerd", true, "toestemmingGegevensverwerking", true, "familiegroepsplanGewenst", true,
                    "verslagGewenst", true));
            klok(dag(11, 23));
            familiegroepsplannen.ontvangen(zaaknummer);
            jobs(instantie);
            rondJava(instantie, taakJava(instantie, "Task_VerslagOpstellen"),
                    Map.of("uitkomstSituatieEnHulpvraag", "Noor zorgt thuis veel voor haar moeder."));
            klok(dag(11, 25));
            rondJava(instantie, taakJava(instantie, "Task_OndertekendVerslagOntvangen"), Map.of("verslagOordeel", "AKKOORD"));
            rondJava(instantie, taakJava(instantie, "Task_AanvraagVastleggen"),
                    Map.of("aanvraagIngediend", true, "aanvraagDatum", "2026-11-25"));
            klok(dag(11, 30));
            rondJava(instantie, taakJava(instantie, "Task_AanvraagBeoordelen"), Map.of("wilsbekwaam", true,
                    "jeugdigeStemtIn", true, "vertegenwoordigerStemtIn", true, "vorm", "ZIN"));
            rondJava(instantie, taakJava(instantie, "Task_BeschikkingVastleggen"), Map.of(
                    "voorziening", "Ondersteuning voor jonge mantelzorgers",
                    "beoogdResultaat", "Noor gaat weer elke dag naar school.",
                    "ingangsdatum", "2026-12-07", "einddatum", "2027-06-07"));
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instantie).count() != 0) {
                throw new IllegalStateException("Zaak " + zaaknummer + " liep de route niet af");
            }
        });
    }

    void vloerHttp() {
        String instantie = verwacht(http.post("/engine-rest/process-definition/key/" + VLOER + "/start", """
                {"businessKey": "VLOER-%d", "variables": {"gemeente": {"value": "%s"}}}"""
                .formatted(volgnummer.incrementAndGet(), GEMEENTE)), 200).json().get("id").asText();
        for (int stap = 1; stap <= VLOERTAKEN; stap++) {
            String taak = taakHttp("processInstanceId=" + instantie, "Taak" + stap, false);
            if (stap == 1) {
                verwacht(http.post("/engine-rest/task/" + taak + "/claim", "{\"userId\": \"" + CONSULENT + "\"}"), 204);
            }
            verwacht(http.post("/engine-rest/task/" + taak + "/complete", "{\"variables\": {}}"), 204);
        }
        verwacht(http.get("/engine-rest/history/process-instance/" + instantie), 200);
    }

    /** @param meten whether the calls count for the per-call figures */
    void zaakHttp(boolean meten) {
        klok(dag(11, 13));
        String zaaknummer = meet(meten, "POST /api/meldingen", () -> verwacht(http.post("/api/meldingen", """
                {"gemeente": "kampen", "ontvangen": "2026-11-13", "kanaal": "SCHRIFTELIJK",
                 "melder": {"rol": "DERDE", "naam": "Basisschool De Regenboog"},
                 "jeugdige": {"bsn": "123456782", "voornamen": "Noor", "achternaam": "Bakker", "geboortedatum": "2016-02-29"},
                 "hulpvraag": "Noor is vaak afwezig en lijkt thuis veel zorg te dragen."}"""), 201))
                .json().get("zaaknummer").asText();
        String zaak = "processInstanceBusinessKey=" + zaaknummer;
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        klok(dag(11, 16));
        String afspraak = taakHttp(zaak, "Task_AfspraakPlannen", meten);
        verwacht(http.post("/engine-rest/task/" + afspraak + "/claim", "{\"userId\": \"" + CONSULENT + "\"}"), 204);
        rondHttp(meten, zaaknummer, afspraak, """
                {"gesprekGepland": {"value": "2026-11-19"}, "gesprekTijd": {"value": "14:30"},
                 "gesprekLocatie": {"value": "Bij het gezin thuis"}}""", "Task_GesprekVoeren");
        klok(dag(11, 19));
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_GesprekVoeren", meten), """
                {"gesprekDatum": {"value": "2026-11-19"}, "geinformeerd": {"value": true}, "toestemmingGegevensverwerking": {"value": true},
                 "familiegroepsplanGewenst": {"value": true}, "verslagGewenst": {"value": true}}""", null);
        klok(dag(11, 23));
        verwacht(http.post("/api/zaken/" + zaaknummer + "/familiegroepsplan", ""), 200);
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_VerslagOpstellen", meten),
                "{\"uitkomstSituatieEnHulpvraag\": {\"value\": \"Noor zorgt thuis veel voor haar moeder.\"}}",
                "Task_OndertekendVerslagOntvangen");
        klok(dag(11, 25));
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_OndertekendVerslagOntvangen", meten),
                "{\"verslagOordeel\": {\"value\": \"AKKOORD\"}}", "Task_AanvraagVastleggen");
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_AanvraagVastleggen", meten),
                "{\"aanvraagIngediend\": {\"value\": true}, \"aanvraagDatum\": {\"value\": \"2026-11-25\"}}", null);
        klok(dag(11, 30));
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_AanvraagBeoordelen", meten), """
                {"wilsbekwaam": {"value": true}, "jeugdigeStemtIn": {"value": true}, "vertegenwoordigerStemtIn": {"value": true},
                 "vorm": {"value": "ZIN"}}""", "Task_BeschikkingVastleggen");
        rondHttp(meten, zaaknummer, taakHttp(zaak, "Task_BeschikkingVastleggen", meten), """
                {"voorziening": {"value": "Ondersteuning voor jonge mantelzorgers"},
                 "beoogdResultaat": {"value": "Noor gaat weer elke dag naar school."},
                 "ingangsdatum": {"value": "2026-12-07"}, "einddatum": {"value": "2027-06-07"}}""", null);
        String fase = meet(meten, "GET /api/zaken/{nr}", () -> verwacht(http.get("/api/zaken/" + zaaknummer), 200))
                .json().get("fase").asText();
        if (!fase.equals("BESCHIKKING_VERZONDEN")) {
            throw new IllegalStateException("Zaak " + zaaknummer + " staat in fase " + fase);
        }
    }

    /** The job executor runs jobs without a user: so does this, in the middle of a consultant's work. */
    private void jobs(String instantie) {
        var identiteit = engine.getIdentityService();
        var gebruiker = identiteit.getCurrentAuthentication();
        identiteit.clearAuthentication();
        try {
            Brievenbus.verstuur(engine, instantie);
        } finally {
            identiteit.setAuthentication(gebruiker);
        }
    }

    private String taakJava(String instantie, String sleutel) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instantie).taskDefinitionKey(sleutel)
                .singleResult().getId();
    }

    private void rondJava(String instantie, String taak, Map<String, Object> velden) {
        engine.getTaskService().complete(taak, velden);
        jobs(instantie);
    }

    private String taakHttp(String zaak, String sleutel, boolean meten) {
        var taken = meet(meten, "taak zoeken", () -> verwacht(http.get("/engine-rest/task?" + zaak + "&taskDefinitionKey=" + sleutel),
                200)).json();
        if (taken.size() != 1) {
            throw new IllegalStateException("Geen open taak " + sleutel + " bij " + zaak);
        }
        return taken.get(0).get("id").asText();
    }

    /**
     * Completes the task; with {@code volgende}, also what the consultant waits for before she can go on: the
     * complete, the letter it triggers and her next task in the list.
     */
    private void rondHttp(boolean meten, String zaaknummer, String taak, String velden, String volgende) {
        long start = System.nanoTime();
        meet(meten, "complete", () -> verwacht(http.post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": " + velden + "}"), 204));
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        if (volgende != null) {
            taakHttp("processInstanceBusinessKey=" + zaaknummer, volgende, false);
            if (meten) {
                gesprekken.computeIfAbsent("complete tot volgende taak", k -> new ArrayList<>())
                        .add((System.nanoTime() - start) / 1e6);
            }
        }
    }

    private <T> T meet(boolean meten, String oproep, Supplier<T> gesprek) {
        long start = System.nanoTime();
        T antwoord = gesprek.get();
        if (meten) {
            gesprekken.computeIfAbsent(oproep, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
        return antwoord;
    }

    static ApiClient.Antwoord verwacht(ApiClient.Antwoord antwoord, int status) {
        if (antwoord.status() != status) {
            throw new IllegalStateException("Verwacht " + status + ", kreeg " + antwoord.status() + ": " + antwoord.body());
        }
        return antwoord;
    }

    private void alsConsulent(Runnable werk) {
        var identiteit = engine.getIdentityService();
        identiteit.setAuthentication(CONSULENT, List.of("consulenten"), List.of(GEMEENTE));
        try {
            werk.run();
        } finally {
            identiteit.clearAuthentication();
        }
    }

    static MeldingRequest melding(String gemeente, LocalDate ontvangen) {
        return new MeldingRequest(gemeente, ontvangen, Kanaal.SCHRIFTELIJK,
                new MeldingRequest.Melder(MelderRol.DERDE, "Basisschool De Regenboog"),
                new MeldingRequest.Jeugdige("123456782", "Noor", "Bakker", LocalDate.of(2016, 2, 29), null),
                "Noor is vaak afwezig en lijkt thuis veel zorg te dragen.", null, null, null, null, null);
    }
}
