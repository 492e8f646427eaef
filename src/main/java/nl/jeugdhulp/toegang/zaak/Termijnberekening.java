package nl.jeugdhulp.toegang.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One computed deadline: the last day on which the step is in time, and why it falls where it does. An
 * hour-based term also has the moment it ends ({@code uiterlijkOm}); for the others that is null. A term in
 * calendar time ends its count on {@code kalendereinde}, before the Atw moves it to a werkdag; for the others
 * that is the last day itself.
 */
public record Termijnberekening(String gemeente, Termijnsoort soort, LocalDate vanaf, LocalDate uiterlijk,
                                Instant uiterlijkOm, String regel, List<String> uitleg, LocalDate kalendereinde) {
}
