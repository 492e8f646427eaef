package nl.jeugdhulp.toegang.proces;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a step: the logged-in user (Tasklist, REST), else the task's assignee (engine API, tests). */
public final class Uitvoerder {

    private Uitvoerder() {
    }

    public static Optional<String> van(DelegateTask task) {
        var authenticatie = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authenticatie != null ? Optional.of(authenticatie.getUserId()) : Optional.ofNullable(task.getAssignee());
    }
}
