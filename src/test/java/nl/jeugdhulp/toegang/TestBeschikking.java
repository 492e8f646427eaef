package nl.jeugdhulp.toegang;

import static nl.jeugdhulp.toegang.TestKlok.zetKlok;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import nl.jeugdhulp.toegang.melding.MeldingService;

/**
 * A zaak of Sam de Vries in Kampen taken through the main process to a sent beschikking, for the tests of what
 * follows it (bezwaar). Melding on Monday 2 November 2026; afspraak, gesprek and aanvraag on Friday 13 November;
 * the beschikking (ZIN) goes out that day, or, when its term is let pass, on Monday 30 November with the
 * escalation still open. Moves the engine clock; the caller resets it.
 */
public final class TestBeschikking {

    private TestBeschikking() {
    }

    public static String zaakMetBeschikking(ProcessEngine engine, MeldingService meldingen, boolean beslistermijnLatenVerlopen) {
        return beschik(engine, tot(engine, meldingen, "kampen", null), beslistermijnLatenVerlopen);
    }

    /** The same zaak in another gemeente, its beschikking sent on 13 November. */
    public static String zaakMetBeschikking(ProcessEngine engine, MeldingService meldingen, String gemeente) {
        return beschik(engine, tot(engine, meldingen, gemeente, null), false);
    }

    /** The same zaak up to its aanvraag on 13 November: waiting for "Aanvraag beoordelen". */
    public static String zaakMetAanvraag(ProcessEngine engine, MeldingService meldingen) {
        return tot(engine, meldingen, "kampen", null).getBusinessKey();
    }

    /** The same zaak, with {@code regisseur} taking its first step: every step of it, the beschikking too, is theirs. */
    public static String zaakMetBeschikkingVan(ProcessEngine engine, MeldingService meldingen, String regisseur) {
        return beschik(engine, tot(engine, meldingen, "kampen", regisseur), false);
    }

    /** Judges the aanvraag of a zaak made by {@link #zaakMetAanvraag} and sends its beschikking, at the clock's time. */
    public static void beschik(ProcessEngine engine, String zaaknummer) {
        beschik(engine, engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(zaaknummer)
                .processDefinitionKey("jeugdhulp-toegang").singleResult(), false);
    }

    private static String beschik(ProcessEngine engine, ProcessInstance zaak, boolean beslistermijnLatenVerlopen) {
        if (beslistermijnLatenVerlopen) {
            zetKlok(LocalDateTime.of(2026, 11, 28, 0, 0));
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                    .processInstanceId(zaak.getId()).timers().activityId("Timer_BeschikkingTermijnVerstreken")
                    .singleResult().getId());
            zetKlok(LocalDateTime.of(2026, 11, 30, 9, 0));
        }
        rond(engine, zaak, Map.of("individueleVoorzieningNodig", true, "vorm", "ZIN"));
        rond(engine, zaak, Map.of());
        return zaak.getBusinessKey();
    }

    /** Melding, afspraak, gesprek and aanvraag. */
    private static ProcessInstance tot(ProcessEngine engine, MeldingService meldingen, String gemeente, String regisseur) {
        zetKlok(LocalDateTime.of(2026, 11, 2, 9, 0));
        String zaaknummer = meldingen.registreer(TestMelding.vanSam(gemeente, LocalDate.of(2026, 11, 2),
                LocalDate.of(2014, 5, 2))).getZaaknummer();
        Brievenbus.verstuurVoorZaken(engine, zaaknummer);
        ProcessInstance zaak = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(zaaknummer).processDefinitionKey("jeugdhulp-toegang").singleResult();
        zetKlok(LocalDateTime.of(2026, 11, 13, 9, 0));
        if (regisseur != null) {
            engine.getTaskService().claim(engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                    .singleResult().getId(), regisseur);
        }
        rond(engine, zaak, Map.of("gesprekGepland", "2026-11-13", "gesprekTijd", "14:30", "gesprekLocatie", "Bij het gezin thuis"));
        rond(engine, zaak, Map.of("gesprekDatum", "2026-11-13", "geinformeerd", true, "toestemmingGegevensverwerking", true,
                "familiegroepsplanGewenst", false, "verslagGewenst", false));
        rond(engine, zaak, Map.of("aanvraagIngediend", true, "aanvraagDatum", "2026-11-13"));
        return zaak;
    }

    private static void rond(ProcessEngine engine, ProcessInstance zaak, Map<String, Object> variabelen) {
        String taak = engine.getTaskService().createTaskQuery().processInstanceId(zaak.getId())
                .taskCandidateGroup("consulenten").includeAssignedTasks().singleResult().getId();
        engine.getTaskService().complete(taak, variabelen);
        Brievenbus.verstuur(engine, zaak.getId());
    }
}
