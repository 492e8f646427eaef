package nl.jeugdhulp.toegang;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import nl.jeugdhulp.toegang.proces.EngineClock;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JeugdhulpToegangApplication {

    public static void main(String[] args) {
        // Deadlines are Dutch law: the engine's timers and every stored date live in Amsterdam time,
        // whatever zone the server happens to be configured with.
        TimeZone.setDefault(TimeZone.getTimeZone(EngineClock.ZONE));
        SpringApplication.run(JeugdhulpToegangApplication.class, args);
    }
}
