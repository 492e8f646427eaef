package nl.jeugdhulp.toegang.termijn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Termijnregel;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/** Applies a gemeente's rule for a termijnsoort to the calendar: the calculation the process and the API share. */
@Component
public class TermijnCalculator {

    private final Werkdagenkalender kalender;

    TermijnCalculator(Werkdagenkalender kalender) {
        this.kalender = kalender;
    }

    public Termijnberekening bereken(Gemeente gemeente, Termijnsoort soort, LocalDate vanaf) {
        return bereken(gemeente, soort, vanaf.atStartOfDay(EngineClock.ZONE).toInstant());
    }

    /** From a moment: hour-based terms count from it, the others from its day in Amsterdam. */
    public Termijnberekening bereken(Gemeente gemeente, Termijnsoort soort, Instant moment) {
        Termijnregel regel = gemeente.regel(soort);
        LocalDate vanaf = moment.atZone(EngineClock.ZONE).toLocalDate();
        if (regel.eenheid() == Eenheid.UREN) {
            Instant om = moment.plus(Duration.ofHours(regel.aantal()));
            return new Termijnberekening(gemeente.code(), soort, vanaf, om.atZone(EngineClock.ZONE).toLocalDate(),
                    om, regel.omschrijving(), List.of(), om.atZone(EngineClock.ZONE).toLocalDate());
        }
        return bereken(gemeente, soort, regel, vanaf);
    }

    /** With a rule the law sets for one case, e.g. twelve weeks when an adviescommissie hears a bezwaar (Awb 7:10). */
    public Termijnberekening bereken(Gemeente gemeente, Termijnsoort soort, Termijnregel regel, LocalDate vanaf) {
        var einde = kalender.einde(vanaf, regel.aantal(), regel.eenheid(), gemeente.geslotenDagen());
        return new Termijnberekening(gemeente.code(), soort, vanaf, einde.uiterlijk(), null, regel.omschrijving(),
                einde.uitleg(), einde.kalendereinde());
    }
}
