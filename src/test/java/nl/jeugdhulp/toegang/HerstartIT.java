package nl.jeugdhulp.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarting with unchanged process files creates no new process-definition version; a changed model comes
 * with all forms in its new deployment, since its tasks look their forms up there (formRefBinding "deployment").
 */
class HerstartIT {

    /** jeugdhulp-toegang and bezwaar-behandelen. */
    private static final long MODELLEN = 2;

    @Test
    void herstartMetOngewijzigdeModellen_maaktGeenNieuweVersie() {
        try (var eerste = start("ongewijzigd")) {
            assertThat(definities(eerste)).isEqualTo(MODELLEN);
        }
        try (var tweede = start("ongewijzigd")) {
            RepositoryService repository = tweede.getBean(RepositoryService.class);
            assertThat(definities(tweede)).isEqualTo(MODELLEN);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("jeugdhulp-toegang")
                    .latestVersion().singleResult().getVersion()).isOne();
            assertThat(repository.createDeploymentQuery().count()).isOne();
        }
    }

    @Test
    void herstartMetGewijzigdModel_deNieuweVersieVindtHaarFormulieren() throws IOException {
        try (var eerste = start("gewijzigd")) {
            RepositoryService repository = eerste.getBean(RepositoryService.class);
            // What an earlier release deployed: the same forms, a slightly different model.
            String vorige = repository.createDeploymentQuery().singleResult().getId();
            var oud = repository.createDeployment().name("jeugdhulp-toegang")
                    .source(ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE);
            for (String naam : repository.getDeploymentResourceNames(vorige)) {
                byte[] inhoud = repository.getResourceAsStream(vorige, naam).readAllBytes();
                if (naam.endsWith(".bpmn")) {
                    inhoud = new String(inhoud, StandardCharsets.UTF_8).replace("Toegang jeugdhulp", "Toegang jeugdhulp (vorige release)")
                            .getBytes(StandardCharsets.UTF_8);
                }
                oud.addInputStream(naam, new ByteArrayInputStream(inhoud));
            }
            oud.deploy();
        }
        try (var tweede = start("gewijzigd")) {
            RepositoryService repository = tweede.getBean(RepositoryService.class);
            var nieuwste = repository.createProcessDefinitionQuery().processDefinitionKey("jeugdhulp-toegang")
                    .latestVersion().singleResult();
            assertThat(nieuwste.getVersion()).isEqualTo(3);
            assertThat(nieuwste.getName()).isEqualTo("Toegang jeugdhulp");
            assertThat(repository.getDeploymentResourceNames(nieuwste.getDeploymentId()))
                    .filteredOn(naam -> naam.endsWith(".form")).hasSize(formulieren());
        }
    }

    private static int formulieren() throws IOException {
        try (var bestanden = Files.list(Path.of("processes", "forms"))) {
            return (int) bestanden.filter(pad -> pad.toString().endsWith(".form")).count();
        }
    }

    private static long definities(ConfigurableApplicationContext app) {
        return app.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
    }

    private static ConfigurableApplicationContext start(String database) {
        var app = new SpringApplication(JeugdhulpToegangApplication.class);
        app.setAdditionalProfiles("demo");
        return app.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--logging.level.root=WARN");
    }
}
