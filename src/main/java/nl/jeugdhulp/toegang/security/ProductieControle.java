package nl.jeugdhulp.toegang.security;

import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The prod profile refuses to start with the admin password missing, short, or one of the demo defaults:
 * the engine's starter would otherwise quietly use the user name as password. Likewise without a database
 * password, or with a well-known default one, or with the demo profile (and its users) also active. The check runs before any bean is created, so a refused start
 * leaves no admin account behind in the database.
 */
@Configuration
@Profile("prod")
class ProductieControle {

    private static final int MINIMALE_LENGTE = 12;
    private static final Set<String> STANDAARDWACHTWOORDEN = Set.of("admin", "demo", "camunda", "password",
            "wachtwoord", "postgres", "sa");

    @Bean
    static BeanFactoryPostProcessor wachtwoordControle(Environment omgeving) {
        return beanFactory -> {
            if (omgeving.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException("Productie: het profiel demo (demogebruikers met bekende wachtwoorden)"
                        + " mag niet samen met prod aan staan.");
            }
            controleerBeheerder(omgeving.getProperty("camunda.bpm.admin-user.id", ""),
                    omgeving.getProperty("camunda.bpm.admin-user.password", ""));
            controleerDatabase(omgeving.getProperty("spring.datasource.password", ""));
        };
    }

    private static void controleerBeheerder(String beheerder, String wachtwoord) {
        if (beheerder.isBlank()) {
            throw new IllegalStateException("Productie: zet JEUGDHULP_ADMIN_USER (de beheerder van de engine).");
        }
        if (wachtwoord.length() < MINIMALE_LENGTE || wachtwoord.equals(beheerder)
                || STANDAARDWACHTWOORDEN.contains(wachtwoord.toLowerCase())) {
            throw new IllegalStateException("Productie: zet JEUGDHULP_ADMIN_PASSWORD op een eigen wachtwoord van minstens "
                    + MINIMALE_LENGTE + " tekens; standaardwachtwoorden worden geweigerd.");
        }
    }

    private static void controleerDatabase(String wachtwoord) {
        if (wachtwoord.isBlank() || STANDAARDWACHTWOORDEN.contains(wachtwoord.toLowerCase())) {
            throw new IllegalStateException("Productie: zet JEUGDHULP_DB_PASSWORD op het wachtwoord van de database;"
                    + " een leeg of standaardwachtwoord wordt geweigerd.");
        }
    }
}
