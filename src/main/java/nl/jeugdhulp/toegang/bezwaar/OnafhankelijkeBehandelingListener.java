package nl.jeugdhulp.toegang.bezwaar;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The bezwaar is heard and decided by someone who had no part in the contested beschikking: whoever prepared it
 * does not hear the objector (Awb 7:5 lid 1), and whoever took it under mandate does not decide on the bezwaar
 * (Awb 10:3 lid 3). Taking part is doing a step of the zaak's main process (the regisseur, who recorded the
 * beschikking, who approved it under four eyes); watching over a termijn is not. Refused when such a person
 * claims or is given the task, and when they complete it, as four eyes refuses self-approval.
 */
@Component("onafhankelijkeBehandelingListener")
class OnafhankelijkeBehandelingListener implements TaskListener {

    /** The team leader's look at a passed termijn: no part in the decision itself. */
    private static final String ESCALATIE = "Task_TermijnoverschrijdingBeoordelen";

    private final ZaakService zaken;

    OnafhankelijkeBehandelingListener(ZaakService zaken) {
        this.zaken = zaken;
    }

    @Override
    public void notify(DelegateTask task) {
        String behandelaar = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
                : Uitvoerder.van(task).orElse(null);
        if (behandelaar != null && betrokkenen(task).contains(behandelaar)) {
            throw new AuthorizationException("Awb 7:5 en 10:3 lid 3: " + behandelaar + " werkte mee aan de beschikking"
                    + " waartegen het bezwaar is gemaakt, en behandelt dit bezwaar niet; een andere teamleider neemt de taak.");
        }
    }

    private Set<String> betrokkenen(DelegateTask task) {
        String hoofdproces = zaken.zaak(task.getExecution()).getProcesInstantieId();
        return task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(hoofdproces).taskDeleteReason("completed").list().stream()
                .filter(stap -> !ESCALATIE.equals(stap.getTaskDefinitionKey()))
                .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
