package nl.jeugdhulp.toegang.brief;

import static nl.jeugdhulp.toegang.brief.BriefVariabelen.BRIEF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * A "Brief versturen" step: sends the letter its input parameter {@code brief} names (chosen in Camunda
 * Modeler through the element template). Steps that do more than send a letter, such as the ontvangstbevestiging
 * and the beschikking, have their own delegate that also calls {@link Brieven}.
 */
@Component("briefVersturenDelegate")
class BriefVersturenDelegate implements JavaDelegate {

    private final ZaakService zaken;
    private final Brieven brieven;

    BriefVersturenDelegate(ZaakService zaken, Brieven brieven) {
        this.zaken = zaken;
        this.brieven = brieven;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Briefsoort soort = BRIEF.lees(execution).orElseThrow(() -> new IllegalStateException(
                "Stap " + execution.getCurrentActivityId() + " noemt geen brief (invoerparameter 'brief')"));
        brieven.verstuur(zaken.zaak(execution), soort);
    }
}
