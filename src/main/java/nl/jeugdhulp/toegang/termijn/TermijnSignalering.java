package nl.jeugdhulp.toegang.termijn;

import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.EERSTVOLGENDE_TERMIJN;
import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.TERMIJN_IN_GEVAAR;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;
import nl.jeugdhulp.toegang.zaak.ZaakRepository.EerstvolgendeTermijn;

/**
 * Before a deadline passes, a team leader wants to see it coming in Cockpit: each running case carries
 * {@code termijnInGevaar} (a running termijn ends within {@value #WERKDAGEN} werkdagen of the case's gemeente,
 * as in the Tasklist filter "Termijn binnen 5 werkdagen") and {@code eerstvolgendeTermijn}, the nearest last
 * day as an ISO date, absent while no termijn runs. Refreshed every morning and at start-up; only changed values
 * are written. A passed deadline is the escalation's work, not this. The family's own bezwaartermijn is no deadline
 * of the gemeente and is left out.
 */
@Component
public class TermijnSignalering {

    /** How close a deadline is before it counts as at risk; also the Tasklist filter's horizon. */
    public static final int WERKDAGEN = 5;
    private static final String PROCES = "jeugdhulp-toegang";
    /** Cases per query: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int PAGINA = 500;
    private static final Logger LOG = LoggerFactory.getLogger(TermijnSignalering.class);

    private final RuntimeService runtimeService;
    private final ZaakRepository zaken;
    private final Gemeenten gemeenten;
    private final Werkdagenkalender kalender;
    private final EngineClock klok;

    TermijnSignalering(RuntimeService runtimeService, ZaakRepository zaken, Gemeenten gemeenten,
                       Werkdagenkalender kalender, EngineClock klok) {
        this.runtimeService = runtimeService;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.kalender = kalender;
        this.klok = klok;
    }

    /**
     * Every morning and at start-up, on one node of the installation (see {@code Planning}). Set by set: per
     * {@value #PAGINA} running cases one query for their running termijnen and one for the values they carry, so a
     * region's 100,000 open cases cost a few hundred queries; only a case whose values changed is written, each in
     * its own transaction, so a case that ends or is busy right now does not hold up the others.
     */
    public void signaleer() {
        List<Termijnsoort> bewaakt = Arrays.stream(Termijnsoort.values()).filter(Termijnsoort::wordtBewaakt).toList();
        Map<String, LocalDate> grenzen = new HashMap<>();
        for (int eerste = 0; ; eerste += PAGINA) {
            List<ProcessInstance> instanties = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                    .orderByProcessInstanceId().asc().listPage(eerste, PAGINA);
            if (instanties.isEmpty()) {
                return;
            }
            Map<String, EerstvolgendeTermijn> standen = zaken.eerstvolgendeTermijnen(
                    instanties.stream().map(ProcessInstance::getBusinessKey).toList(), bewaakt).stream()
                    .collect(Collectors.toMap(EerstvolgendeTermijn::getZaaknummer, Function.identity()));
            Map<String, Map<String, Object>> waarden = huidigeWaarden(instanties);
            for (ProcessInstance instantie : instanties) {
                EerstvolgendeTermijn stand = standen.get(instantie.getBusinessKey());
                if (stand == null) {
                    continue;
                }
                LocalDate grens = grenzen.computeIfAbsent(stand.getGemeente(), gemeente -> kalender.einde(klok.today(),
                        WERKDAGEN, Eenheid.WERKDAGEN, gemeenten.get(gemeente).geslotenDagen()).uiterlijk());
                try {
                    bijwerken(instantie.getId(), Optional.ofNullable(stand.getEerstvolgende()), grens,
                            waarden.getOrDefault(instantie.getId(), Map.of()));
                } catch (ProcessEngineException e) {
                    LOG.warn("Termijnsignalering voor zaak {} niet bijgewerkt: {}", stand.getZaaknummer(), e.getMessage());
                }
            }
        }
    }

    /** The values the cases carry now, per process instance: only the instance's own, not a task's. */
    private Map<String, Map<String, Object>> huidigeWaarden(List<ProcessInstance> instanties) {
        Map<String, Map<String, Object>> waarden = new HashMap<>();
        runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanties.stream().map(ProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(TERMIJN_IN_GEVAAR.naam(), EERSTVOLGENDE_TERMIJN.naam()).list().stream()
                .filter(variabele -> variabele.getExecutionId().equals(variabele.getProcessInstanceId()))
                .forEach(variabele -> waarden.computeIfAbsent(variabele.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variabele.getName(), variabele.getValue()));
        return waarden;
    }

    private void bijwerken(String instantie, Optional<LocalDate> eerstvolgende, LocalDate grens, Map<String, Object> nu) {
        boolean inGevaar = eerstvolgende.filter(dag -> !dag.isAfter(grens)).isPresent();
        Map<String, Object> nieuw = new HashMap<>();
        TERMIJN_IN_GEVAAR.schrijf(nieuw, inGevaar);
        eerstvolgende.ifPresent(dag -> EERSTVOLGENDE_TERMIJN.schrijf(nieuw, dag));
        nieuw.entrySet().removeIf(waarde -> Objects.equals(nu.get(waarde.getKey()), waarde.getValue()));
        if (!nieuw.isEmpty()) {
            runtimeService.setVariables(instantie, nieuw);
        }
        if (eerstvolgende.isEmpty() && nu.containsKey(EERSTVOLGENDE_TERMIJN.naam())) {
            runtimeService.removeVariable(instantie, EERSTVOLGENDE_TERMIJN.naam());
        }
    }
}
