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
        return bereken(gemeente, soort, gemeente.regel(soort), vanaf);
    }

    /** With a rule the law sets for one case, e.g. twelve weeks when an adviescommissie hears a bezwaar (Awb 7:10). */
    public Termijnberekening bereken(Gemeente gemeente, Termijnsoort soort, Termijnregel regel, LocalDate vanaf) {
        var einde = kalender.einde(vanaf, regel.aantal(), regel.eenheid(), gemeente.geslotenDagen());
        return new Termijnberekening(gemeente.code(), soort, vanaf, einde.uiterlijk(), regel.omschrijving(),
                einde.uitleg());
    }
}
