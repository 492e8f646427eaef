package nl.jeugdhulp.toegang.zaak;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dossier as the process moves it along; referenced from the BPMN as {@code ${zaken}}. */
@Component("zaken")
@Transactional
public class ZaakListener {

    private final ZaakService zaken;

    ZaakListener(ZaakService zaken) {
        this.zaken = zaken;
    }

    /**
     * Start listener of the process: binds the new instance to its dossier, in the transaction that starts it. A
     * second instance for the same zaak (started by hand with an existing zaaknummer) is refused there, so it never
     * exists: it would run and escalate every deadline twice.
     */
    public void koppel(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        if (zaak.getProcesInstantieId() != null && !zaak.getProcesInstantieId().equals(execution.getProcessInstanceId())) {
            throw new NotValidException("Zaak " + zaak.getZaaknummer() + " heeft al een proces");
        }
        zaak.setProcesInstantieId(execution.getProcessInstanceId());
    }

    /** Execution listener on each step: the zaak view shows where the case stands. */
    public void fase(DelegateExecution execution, String fase) {
        zaken.zaak(execution).naarFase(Fase.valueOf(fase));
    }

    /** End listener of the route rule: the zaak view shows the route. */
    public void route(DelegateExecution execution) {
        zaken.zaak(execution).routeGekozen(ZaakVariabelen.ROUTE.verplicht(execution));
    }
}
