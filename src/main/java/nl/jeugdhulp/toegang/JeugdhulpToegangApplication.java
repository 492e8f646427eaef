package nl.jeugdhulp.toegang;

import java.util.TimeZone;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("jeugdhulp-toegang")
@EnableScheduling
public class JeugdhulpToegangApplication {

    public static void main(String[] args) {
        // Deadlines are Dutch law: the engine's timers and every stored date live in Amsterdam time,
        // whatever zone the server happens to be configured with.
        TimeZone.setDefault(TimeZone.getTimeZone(Werkdagenkalender.ZONE));
        SpringApplication.run(JeugdhulpToegangApplication.class, args);
    }
}
