package nl.jeugdhulp.toegang.security;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one user per role, password equal to the user name (see README). */
@Component
@Profile("demo")
class DemoGebruikers {

    private static final Map<String, String[]> GEBRUIKERS = Map.of(
            "consulent", new String[] {"Carla", "Consulent", Autorisaties.CONSULENTEN},
            "teamleider", new String[] {"Tom", "Teamleider", Autorisaties.TEAMLEIDERS},
            "procesontwerper", new String[] {"Pim", "Procesontwerper", Autorisaties.PROCESONTWERPERS});

    private final IdentityService identityService;

    DemoGebruikers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void maakAan() {
        GEBRUIKERS.forEach((id, gegevens) -> {
            if (identityService.createUserQuery().userId(id).count() == 0) {
                var gebruiker = identityService.newUser(id);
                gebruiker.setFirstName(gegevens[0]);
                gebruiker.setLastName(gegevens[1]);
                gebruiker.setPassword(id);
                gebruiker.setEmail(id + "@gemeente.example");
                identityService.saveUser(gebruiker);
                identityService.createMembership(id, gegevens[2]);
            }
        });
    }
}
