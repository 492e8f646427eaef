package nl.jeugdhulp.toegang.proces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Now" for Bean Validation ({@code @PastOrPresent}, and the clock our own constraints ask their context for) is
 * the engine clock in Dutch time, as everywhere else: a test that moves the engine clock moves validation too.
 */
@Configuration(proxyBeanMethods = false)
class ValidatieConfig {

    @Bean
    ValidationConfigurationCustomizer engineklokVoorValidatie(EngineClock klok) {
        Clock engineklok = new Engineklok(klok, EngineClock.ZONE);
        return configuration -> configuration.clockProvider(() -> engineklok);
    }

    /** Asks the engine at every reading: a validator keeps the clock it was given when it was made. */
    private static final class Engineklok extends Clock {

        private final EngineClock klok;
        private final ZoneId zone;

        Engineklok(EngineClock klok, ZoneId zone) {
            this.klok = klok;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return klok.now();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId andereZone) {
            return new Engineklok(klok, andereZone);
        }
    }
}
