package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;

/** Applies a gemeente's rule for a termijnsoort to the calendar: the calculation the process and the API share. */
@Component
public class TermijnCalculator {

    private final Werkdagenkalender kalender;

    TermijnCalculator(Werkdagenkalender kalender) {
        this.kalender = kalender;
    }

    public Termijnberekening bereken(Gemeente gemeente, Termijnsoort soort, LocalDate vanaf) {
        Termijnregel regel = gemeente.regel(soort);
        var einde = kalender.einde(vanaf, regel.aantal(), regel.eenheid(), gemeente.geslotenDagen());
        return new Termijnberekening(gemeente.code(), soort, vanaf, einde.uiterlijk(), regel.omschrijving(),
                einde.uitleg());
    }
}
