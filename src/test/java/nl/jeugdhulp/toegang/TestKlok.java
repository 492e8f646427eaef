package nl.jeugdhulp.toegang;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import nl.jeugdhulp.toegang.proces.EngineClock;

/** The engine clock in Amsterdam time, as the tests move it; reset it with ClockUtil.reset() after each test. */
public final class TestKlok {

    private TestKlok() {
    }

    public static void zetKlok(LocalDateTime tijdstip) {
        ClockUtil.setCurrentTime(tijdstip(tijdstip));
    }

    public static Date tijdstip(LocalDateTime tijdstip) {
        return Date.from(tijdstip.atZone(EngineClock.ZONE).toInstant());
    }
}
