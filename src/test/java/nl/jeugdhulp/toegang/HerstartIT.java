package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Restarting with unchanged process files creates no new process-definition version. */
class HerstartIT {

    @Test
    void herstartMetOngewijzigdeModellen_maaktGeenNieuweVersie() {
        try (var eerste = start()) {
            assertThat(definities(eerste)).isOne();
        }
        try (var tweede = start()) {
            RepositoryService repository = tweede.getBean(RepositoryService.class);
            assertThat(definities(tweede)).isOne();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("jeugdhulp-toegang")
                    .latestVersion().singleResult().getVersion()).isOne();
            assertThat(repository.createDeploymentQuery().count()).isOne();
        }
    }

    private static long definities(ConfigurableApplicationContext app) {
        return app.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
    }

    private static ConfigurableApplicationContext start() {
        var app = new SpringApplication(JeugdhulpToegangApplication.class);
        app.setAdditionalProfiles("demo");
        return app.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:herstart;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--logging.level.root=WARN");
    }
}
