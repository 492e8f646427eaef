package nl.jeugdhulp.toegang.melding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Stadskanaal 004 art 3.2: receipt of a melding is confirmed in writing. Records that it was sent, as the
 * first step of the process, which is also where the process instance is bound to its dossier.
 */
@Component("ontvangstbevestigingDelegate")
class OntvangstbevestigingDelegate implements JavaDelegate {

    private final ZaakService zaken;
    private final EngineClock klok;

    OntvangstbevestigingDelegate(ZaakService zaken, EngineClock klok) {
        this.zaken = zaken;
        this.klok = klok;
    }

    @Override
    public void execute(DelegateExecution execution) {
        zaken.koppel(execution).setOntvangstbevestigingVerzonden(klok.today());
    }
}
