package nl.jeugdhulp.toegang.zaak;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dossier as the process sees it; referenced from the BPMN as {@code ${zaken}}. */
@Component("zaken")
@Transactional
public class ZaakService {

    private final ZaakRepository repository;

    ZaakService(ZaakRepository repository) {
        this.repository = repository;
    }

    public Zaak zaak(String zaaknummer) {
        return repository.findByZaaknummer(zaaknummer).orElseThrow(() -> new NotValidException(
                "Geen dossier voor zaak " + zaaknummer + "; een zaak begint met POST /api/meldingen"));
    }

    /**
     * Binds the process instance to its dossier. A second instance for the same zaak (started by hand with an
     * existing zaaknummer) is refused: it would run and escalate every deadline twice.
     */
    /**
     * Start listener of the process: binds the new instance to its dossier, in the transaction that starts it. A
     * second instance for the same zaak is refused there, so it never exists.
     */
    public void koppel(DelegateExecution execution) {
        Zaak zaak = zaak(execution);
        if (zaak.getProcesInstantieId() != null && !zaak.getProcesInstantieId().equals(execution.getProcessInstanceId())) {
            throw new NotValidException("Zaak " + zaak.getZaaknummer() + " heeft al een proces");
        }
        zaak.setProcesInstantieId(execution.getProcessInstanceId());
    }

    public Zaak zaak(DelegateExecution execution) {
        return zaak(execution.getProcessBusinessKey());
    }

    /** Execution listener on each step: the zaak view shows where the case stands. */
    public void fase(DelegateExecution execution, String fase) {
        zaak(execution).setFase(Fase.valueOf(fase));
    }

    /** End listener of the route rule: the zaak view shows the route. */
    public void route(DelegateExecution execution) {
        zaak(execution).setRoute(ZaakVariabelen.ROUTE.verplicht(execution));
    }

    /** Stores a new zaak and gives it its zaaknummer, e.g. JH-2026-000042. */
    public Zaak registreer(Zaak zaak) {
        Zaak opgeslagen = repository.save(zaak);
        opgeslagen.kenZaaknummerToe("JH-%d-%06d".formatted(zaak.getOntvangen().getYear(), opgeslagen.getId()));
        return opgeslagen;
    }
}
