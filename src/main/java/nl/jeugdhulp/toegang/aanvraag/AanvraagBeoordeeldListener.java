package nl.jeugdhulp.toegang.aanvraag;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.INDIVIDUELE_VOORZIENING_NODIG;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.VORM;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The consulent judged the aanvraag (Stadskanaal 004 art 8): is an individuele voorziening needed and, if so,
 * in natura or as PGB (004 art 9.1). Either way a beschikking follows: a toekenning or an afwijzing.
 */
@Component("aanvraagBeoordeeldListener")
class AanvraagBeoordeeldListener implements TaskListener {

    private final ZaakService zaken;

    AanvraagBeoordeeldListener(ZaakService zaken) {
        this.zaken = zaken;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean nodig = INDIVIDUELE_VOORZIENING_NODIG.verplicht(task);
        zaken.zaak(task.getExecution()).aanvraagBeoordeeld(nodig, nodig ? VORM.verplicht(task) : null);
    }
}
