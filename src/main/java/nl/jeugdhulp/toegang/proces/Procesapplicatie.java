package nl.jeugdhulp.toegang.proces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The process application: everything under {@code processes/} (models, decision tables, forms) deploys as one
 * set, as declared in {@code META-INF/processes.xml}. The engine's own classpath scanner cannot read inside a
 * Spring Boot jar (its nested-jar URLs): from the jar an operator deploys it found nothing, and no case could
 * start. Spring's resource resolution reads every packaging alike (the classes directory, the fat jar, its
 * extracted layout), so the files are found here and handed to the deployment. Each is named by its path below
 * {@code processes/} (e.g. {@code forms/gesprek-voeren.form}), as the engine's scanner named them from
 * {@code target/classes}: the same in every packaging, so an unchanged set creates no new version whichever way
 * the app was started.
 */
@Configuration
public class Procesapplicatie extends SpringBootProcessApplication {

    private static final String MAP = "processes/";
    private static final List<String> SOORTEN = List.of("bpmn", "dmn", "form");

    @Override
    public void createDeployment(String processArchiveName, DeploymentBuilder deployment) {
        ResourcePatternResolver bestanden = new PathMatchingResourcePatternResolver(getProcessApplicationClassloader());
        try {
            for (Resource map : bestanden.getResources("classpath*:" + MAP)) {
                String basis = map.getURL().toExternalForm();
                for (String soort : SOORTEN) {
                    for (Resource bestand : bestanden.getResources(basis + "**/*." + soort)) {
                        String naam = bestand.getURL().toExternalForm().substring(basis.length());
                        deployment.addInputStream(naam, bestand.getInputStream());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De procesbestanden onder " + MAP + " zijn niet te lezen", e);
        }
    }
}
