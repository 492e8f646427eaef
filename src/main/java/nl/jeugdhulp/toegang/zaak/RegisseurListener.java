package nl.jeugdhulp.toegang.zaak;

import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.REGISSEUR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Eén gezin, één plan, één regisseur" (Dalfsen 001): the consulent who takes a case keeps it. Whoever is
 * assigned a consulent task becomes the regisseur, and each later consulent task is assigned to the regisseur.
 * A team leader who re-assigns a task thereby hands the case over.
 */
@Component("regisseurListener")
public class RegisseurListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> REGISSEUR.lees(task).ifPresent(task::setAssignee);
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    REGISSEUR.schrijf(task.getExecution(), task.getAssignee());
                }
            }
            default -> throw new IllegalStateException("regisseurListener hoort bij create en assignment, niet bij "
                    + task.getEventName());
        }
    }
}
