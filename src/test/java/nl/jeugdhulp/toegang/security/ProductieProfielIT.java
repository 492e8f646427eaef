package nl.jeugdhulp.toegang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.jeugdhulp.toegang.JeugdhulpToegangApplication;

/** The prod profile: refuses default or missing admin passwords, and creates no demo users. */
class ProductieProfielIT {

    @Test
    void zonderBeheerderswachtwoord_startDeAppNiet() {
        assertThatThrownBy(() -> start(""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
    }

    @Test
    void metStandaardwachtwoord_startDeAppNiet() {
        assertThatThrownBy(() -> start("admin")).isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> start("beheerder")).isInstanceOf(IllegalStateException.class).hasMessageContaining("JEUGDHULP_ADMIN_PASSWORD");
    }

    @Test
    void metEigenWachtwoord_startDeApp_zonderDemogebruikers() {
        try (ConfigurableApplicationContext app = start("Zomer-in-Kampen-2026")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("consulent").count()).isZero();
            assertThat(identity.createUserQuery().userId("teamleider").count()).isZero();
            assertThat(identity.checkPassword("beheerder", "Zomer-in-Kampen-2026")).isTrue();
            assertThat(identity.createGroupQuery().groupId(Autorisaties.CONSULENTEN).count()).isOne();
        }
    }

    private static ConfigurableApplicationContext start(String wachtwoord) {
        var app = new SpringApplication(JeugdhulpToegangApplication.class);
        app.setAdditionalProfiles("prod");
        return app.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:prod-" + wachtwoord.hashCode() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--JEUGDHULP_ADMIN_USER=beheerder", "--JEUGDHULP_ADMIN_PASSWORD=" + wachtwoord,
                "--logging.level.root=WARN");
    }
}
