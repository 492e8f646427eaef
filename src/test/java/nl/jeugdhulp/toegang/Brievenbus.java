package nl.jeugdhulp.toegang;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Tests run without the job executor. The steps that send a letter are asynchronous (a failing letter becomes an
 * incident), so a test runs them itself, as the job executor would right after the step before.
 */
public final class Brievenbus {

    private Brievenbus() {
    }

    /** Runs every pending letter step (asynchronous continuation, not a timer) until none is left; how many ran. */
    public static int verstuur(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        int uitgevoerd = 0;
        for (int ronde = 0; ronde < 20; ronde++) {
            var stappen = management.createJobQuery().messages().executable().list();
            if (stappen.isEmpty()) {
                return uitgevoerd;
            }
            stappen.stream().map(Job::getId).forEach(management::executeJob);
            uitgevoerd += stappen.size();
        }
        throw new IllegalStateException("Asynchrone stappen blijven komen; staat er een lus in het model?");
    }
}
