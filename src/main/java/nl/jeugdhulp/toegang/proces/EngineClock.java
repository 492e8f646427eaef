package nl.jeugdhulp.toegang.proces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Today" as the engine sees it. Everything that compares a date with today asks this clock, so a test
 * that moves the engine clock moves the whole application with it.
 */
@Component
public class EngineClock {

    /** Dutch time: a day, a deadline and an appointment are days and hours in Amsterdam. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    /** That day at that time in Amsterdam, as the engine takes a timer date or a task's due date. */
    public static Date tijdstip(LocalDate dag, LocalTime tijd) {
        return Date.from(dag.atTime(tijd).atZone(ZONE).toInstant());
    }
}
