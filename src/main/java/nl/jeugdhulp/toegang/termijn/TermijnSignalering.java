package nl.jeugdhulp.toegang.termijn;

import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.EERSTVOLGENDE_TERMIJN;
import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.TERMIJN_IN_GEVAAR;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;

/**
 * Before a deadline passes, a team leader wants to see it coming in Cockpit: each running case carries
 * {@code termijnInGevaar} (a running termijn ends within {@value #WERKDAGEN} werkdagen of the case's gemeente,
 * as in the Tasklist filter "Termijn binnen 5 werkdagen") and {@code eerstvolgendeTermijn}, the nearest last
 * day as an ISO date, absent while no termijn runs. Refreshed every morning and at start-up; only changed values are
 * written. A passed deadline is the
 * escalation's work, not this. The family's own bezwaartermijn is no deadline of the gemeente and is left out.
 */
@Component
public class TermijnSignalering {

    /** How close a deadline is before it counts as at risk; also the Tasklist filter's horizon. */
    public static final int WERKDAGEN = 5;
    private static final String PROCES = "jeugdhulp-toegang";
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

    /** Every morning and at start-up, on one node of the installation (see {@code Planning}). */
    public void signaleer() {
        for (ProcessInstance instantie : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).list()) {
            // One case at a time: a case that ends or is busy right now must not hold up the others.
            try {
                zaken.findByZaaknummer(instantie.getBusinessKey()).ifPresent(zaak -> signaleer(instantie.getId(), zaak));
            } catch (ProcessEngineException e) {
                LOG.warn("Termijnsignalering voor zaak {} niet bijgewerkt: {}", instantie.getBusinessKey(), e.getMessage());
            }
        }
    }

    private void signaleer(String instantie, Zaak zaak) {
        Optional<LocalDate> eerstvolgende = zaak.getTermijnen().stream()
                .filter(termijn -> termijn.getStatus() == TermijnStatus.LOPEND && termijn.getSoort().wordtBewaakt())
                .map(Zaaktermijn::getUiterlijk)
                .min(Comparator.naturalOrder());
        LocalDate grens = kalender.einde(klok.today(), WERKDAGEN, Eenheid.WERKDAGEN,
                gemeenten.get(zaak.getGemeente()).geslotenDagen()).uiterlijk();
        boolean inGevaar = eerstvolgende.filter(dag -> !dag.isAfter(grens)).isPresent();

        Map<String, Object> nu = runtimeService.getVariables(instantie,
                List.of(TERMIJN_IN_GEVAAR.naam(), EERSTVOLGENDE_TERMIJN.naam()));
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
