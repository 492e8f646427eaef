package nl.jeugdhulp.toegang.proces;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;

/**
 * "Today" as the engine sees it. Everything that compares a date with today asks this clock, so a test
 * that moves the engine clock moves the whole application with it.
 */
@Component
public class EngineClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Werkdagenkalender.ZONE).toLocalDate();
    }
}
