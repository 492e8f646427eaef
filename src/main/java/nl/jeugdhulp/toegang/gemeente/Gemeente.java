package nl.jeugdhulp.toegang.gemeente;

import java.time.LocalDate;
import java.util.Map;

import nl.jeugdhulp.toegang.termijn.Termijnregel;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;

/** A configured gemeente with its effective deadline rules: its own where it has them, the default otherwise. */
public record Gemeente(String code, String naam, Map<Termijnsoort, Termijnregel> termijnen,
                       Map<LocalDate, String> geslotenDagen) {

    public Termijnregel regel(Termijnsoort soort) {
        return termijnen.get(soort);
    }
}
