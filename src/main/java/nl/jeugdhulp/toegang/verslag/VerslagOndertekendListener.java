package nl.jeugdhulp.toegang.verslag;

import static nl.jeugdhulp.toegang.verslag.VerslagVariabelen.VERSLAG_OORDEEL;
import static nl.jeugdhulp.toegang.verslag.VerslagVariabelen.VERSLAG_OPMERKINGEN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The family returned the verslag signed "voor gezien" or "akkoord" (Kampen 002 §2.3.4); their remarks are
 * kept with it (Stadskanaal 004 art 6.3). The remarks are free text about a child, so they go into the
 * dossier and are removed from the process variables.
 */
@Component("verslagOndertekendListener")
class VerslagOndertekendListener implements TaskListener {

    private final ZaakService zaken;

    VerslagOndertekendListener(ZaakService zaken) {
        this.zaken = zaken;
    }

    @Override
    public void notify(DelegateTask task) {
        var oordeel = VERSLAG_OORDEEL.verplicht(task);
        var opmerkingen = VERSLAG_OPMERKINGEN.lees(task).orElse(null);
        zaken.zaak(task.getExecution()).verslagOndertekend(oordeel, opmerkingen);
        task.removeVariable(VERSLAG_OPMERKINGEN.naam());
    }
}
