package nl.jeugdhulp.toegang.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.Groepen;

/**
 * Demo profile only, password equal to the user name (see README). One user per role working for every
 * gemeente, as a regional team would, and a consulent and a teamleider each for Kampen and for Dalfsen, who
 * see only their own gemeente's cases.
 */
@Component
@Profile("demo")
class DemoGebruikers {

    private record Demogebruiker(String id, String voornaam, String achternaam, String groep, Optional<String> gemeente) {
    }

    private static final List<Demogebruiker> GEBRUIKERS = List.of(
            new Demogebruiker("consulent", "Carla", "Consulent", Groepen.CONSULENTEN, Optional.empty()),
            new Demogebruiker("teamleider", "Tom", "Teamleider", Groepen.TEAMLEIDERS, Optional.empty()),
            new Demogebruiker("procesontwerper", "Pim", "Procesontwerper", Groepen.PROCESONTWERPERS, Optional.empty()),
            new Demogebruiker("beheerder", "Bea", "Beheerder", Groepen.BEHEERDERS, Optional.empty()),
            new Demogebruiker("consulent.kampen", "Kim", "Consulent Kampen", Groepen.CONSULENTEN, Optional.of("kampen")),
            new Demogebruiker("teamleider.kampen", "Koen", "Teamleider Kampen", Groepen.TEAMLEIDERS, Optional.of("kampen")),
            new Demogebruiker("consulent.dalfsen", "Dana", "Consulent Dalfsen", Groepen.CONSULENTEN, Optional.of("dalfsen")),
            new Demogebruiker("teamleider.dalfsen", "Dirk", "Teamleider Dalfsen", Groepen.TEAMLEIDERS, Optional.of("dalfsen")));

    private final IdentityService identityService;
    private final Gemeenten gemeenten;
    private final String beheerder;

    DemoGebruikers(IdentityService identityService, Gemeenten gemeenten,
                   @Value("${camunda.bpm.admin-user.id}") String beheerder) {
        this.identityService = identityService;
        this.gemeenten = gemeenten;
        this.beheerder = beheerder;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void maakAan() {
        List<String> alle = gemeenten.alle().stream().map(Gemeente::code).toList();
        for (Demogebruiker demo : GEBRUIKERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                var gebruiker = identityService.newUser(demo.id());
                gebruiker.setFirstName(demo.voornaam());
                gebruiker.setLastName(demo.achternaam());
                gebruiker.setPassword(demo.id());
                gebruiker.setEmail(demo.id() + "@gemeente.example");
                identityService.saveUser(gebruiker);
                identityService.createMembership(demo.id(), demo.groep());
            }
            demo.gemeente().map(List::of).orElse(alle).forEach(gemeente -> lidVan(demo.id(), gemeente));
        }
        alle.forEach(gemeente -> lidVan(beheerder, gemeente));
    }

    /** Also for a demo database from before tenancy: its users become members of the gemeenten now. */
    private void lidVan(String gebruiker, String gemeente) {
        if (identityService.createTenantQuery().tenantId(gemeente).userMember(gebruiker).count() == 0) {
            identityService.createTenantUserMembership(gemeente, gebruiker);
        }
    }
}
