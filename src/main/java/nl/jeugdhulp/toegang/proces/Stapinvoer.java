package nl.jeugdhulp.toegang.proces;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Checks on the dates a consulent enters when completing a step. */
public final class Stapinvoer {

    private Stapinvoer() {
    }

    /** A date of something that has happened: not in the future and not before the melding. */
    public static LocalDate gebeurd(Variabele<LocalDate> variabele, VariableScope scope, LocalDate ontvangen,
                                    LocalDate vandaag) {
        LocalDate datum = nietVoorMelding(variabele, scope, ontvangen);
        if (datum.isAfter(vandaag)) {
            throw new Stapweigering(variabele.naam() + " mag niet na vandaag liggen");
        }
        return datum;
    }

    /** A date in this zaak: not before the melding was received. */
    public static LocalDate nietVoorMelding(Variabele<LocalDate> variabele, VariableScope scope, LocalDate ontvangen) {
        LocalDate datum = variabele.verplicht(scope);
        if (datum.isBefore(ontvangen)) {
            throw new Stapweigering(variabele.naam() + " mag niet voor de ontvangst van de melding (" + ontvangen + ") liggen");
        }
        return datum;
    }
}
