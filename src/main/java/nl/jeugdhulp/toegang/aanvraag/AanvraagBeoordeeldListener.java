package nl.jeugdhulp.toegang.aanvraag;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.INDIVIDUELE_VOORZIENING_NODIG;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.VORM;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The consulent judged the aanvraag (Stadskanaal 004 art 8): is an individuele voorziening needed and, if so,
 * in natura or as PGB (004 art 9.1). Both answers route the process, so both must be there.
 */
@Component("aanvraagBeoordeeldListener")
class AanvraagBeoordeeldListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (INDIVIDUELE_VOORZIENING_NODIG.verplicht(task)) {
            VORM.verplicht(task);
        }
    }
}
