package nl.jeugdhulp.toegang;

import java.util.Arrays;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Tests run without the job executor. The steps that send a letter are asynchronous (a failing letter becomes an
 * incident), so a test runs them itself, as the job executor would right after the step before. A test runs the
 * steps of its own zaken only: other tests' zaken share the database, and their steps are theirs to run.
 */
public final class Brievenbus {

    private Brievenbus() {
    }

    /**
     * Runs the pending letter steps (asynchronous continuation, not a timer) of these process instances until none is
     * left; how many ran. Only these: other tests' zaken share the database.
     */
    public static int verstuur(ProcessEngine engine, String... procesInstanties) {
        int uitgevoerd = 0;
        for (String instantie : procesInstanties) {
            uitgevoerd += verstuur(engine, engine.getManagementService().createJobQuery().processInstanceId(instantie));
        }
        return uitgevoerd;
    }

    /** The same for these zaken: the running processes that carry the zaaknummer as business key. */
    public static int verstuurVoorZaken(ProcessEngine engine, String... zaaknummers) {
        String[] instanties = Arrays.stream(zaaknummers)
                .flatMap(zaaknummer -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(zaaknummer).list().stream())
                .map(ProcessInstance::getId)
                .toArray(String[]::new);
        return verstuur(engine, instanties);
    }

    private static int verstuur(ProcessEngine engine, JobQuery stappenQuery) {
        ManagementService management = engine.getManagementService();
        int uitgevoerd = 0;
        for (int ronde = 0; ronde < 20; ronde++) {
            var stappen = stappenQuery.messages().executable().list();
            if (stappen.isEmpty()) {
                return uitgevoerd;
            }
            stappen.stream().map(Job::getId).forEach(management::executeJob);
            uitgevoerd += stappen.size();
        }
        throw new IllegalStateException("Asynchrone stappen blijven komen; staat er een lus in het model?");
    }
}
