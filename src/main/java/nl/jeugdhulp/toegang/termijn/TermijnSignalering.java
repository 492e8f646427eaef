package nl.jeugdhulp.toegang.termijn;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.EERSTVOLGENDE_TERMIJN;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.TERMIJN_IN_GEVAAR;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;

/**
 * Before a deadline passes, a team leader wants to see it coming in Cockpit: every morning each running
 * case gets {@code termijnInGevaar} (a running termijn ends within {@value #WERKDAGEN} werkdagen, as in the
 * Tasklist filter "Termijn binnen 5 werkdagen") and {@code eerstvolgendeTermijn}, the nearest last day as
 * an ISO date, so Cockpit can search on both. A passed deadline is the escalation's work, not this.
 */
@Component
public class TermijnSignalering {

    static final int WERKDAGEN = 5;
    private static final String PROCES = "jeugdhulp-toegang";

    private final RuntimeService runtimeService;
    private final ZaakRepository zaken;
    private final Werkdagenkalender kalender;
    private final EngineClock klok;

    TermijnSignalering(RuntimeService runtimeService, ZaakRepository zaken, Werkdagenkalender kalender, EngineClock klok) {
        this.runtimeService = runtimeService;
        this.zaken = zaken;
        this.kalender = kalender;
        this.klok = klok;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Europe/Amsterdam")
    @Transactional
    public void signaleer() {
        LocalDate grens = kalender.einde(klok.today(), WERKDAGEN, Eenheid.WERKDAGEN, Map.of()).uiterlijk();
        for (ProcessInstance instantie : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).list()) {
            Optional<LocalDate> eerstvolgende = zaken.findByZaaknummer(instantie.getBusinessKey())
                    .flatMap(TermijnSignalering::eerstvolgende);
            Map<String, Object> variabelen = new HashMap<>();
            TERMIJN_IN_GEVAAR.schrijf(variabelen, eerstvolgende.filter(dag -> !dag.isAfter(grens)).isPresent());
            eerstvolgende.ifPresent(dag -> EERSTVOLGENDE_TERMIJN.schrijf(variabelen, dag));
            runtimeService.setVariables(instantie.getId(), variabelen);
        }
    }

    private static Optional<LocalDate> eerstvolgende(Zaak zaak) {
        return zaak.getTermijnen().stream()
                .filter(termijn -> termijn.getStatus() == TermijnStatus.LOPEND)
                .map(Termijn::getUiterlijk)
                .min(Comparator.naturalOrder());
    }
}
