package nl.jeugdhulp.toegang.proces;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The logged-in user as our API sees them: for which gemeenten they work (their Camunda tenants). */
@Component
public class Medewerker {

    private final IdentityService identityService;

    Medewerker(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Whether the logged-in user works for this gemeente. Without a logged-in user the application itself acts
     * (a job of the engine), which is not limited to a gemeente.
     */
    public boolean werktVoor(String gemeente) {
        Authentication gebruiker = identityService.getCurrentAuthentication();
        return gebruiker == null || gebruiker.getTenantIds() != null && gebruiker.getTenantIds().contains(gemeente);
    }
}
