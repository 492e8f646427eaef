package nl.jeugdhulp.toegang;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Tests run without the job executor. The steps that send a letter are asynchronous (a failing letter becomes an
 * incident), so a test runs them itself, as the job executor would right after the step before.
 */
public final class Brievenbus {

    private Brievenbus() {
    }

    /** Runs every pending letter step (asynchronous continuation, not a timer) until none is left; how many ran. */
    public static int verstuur(ProcessEngine engine) {
        return verstuur(engine, engine.getManagementService().createJobQuery());
    }

    /** The same for the zaken of these process instances only, when other tests' zaken share the database. */
    public static int verstuur(ProcessEngine engine, String... procesInstanties) {
        int uitgevoerd = 0;
        for (String instantie : procesInstanties) {
            uitgevoerd += verstuur(engine, engine.getManagementService().createJobQuery().processInstanceId(instantie));
        }
        return uitgevoerd;
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
