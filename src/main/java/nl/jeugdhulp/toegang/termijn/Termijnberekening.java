package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;
import java.util.List;

/** One computed deadline: the last day on which the step is in time, and why it falls where it does. */
public record Termijnberekening(String gemeente, Termijnsoort soort, LocalDate vanaf, LocalDate uiterlijk,
                                String regel, List<String> uitleg) {
}
