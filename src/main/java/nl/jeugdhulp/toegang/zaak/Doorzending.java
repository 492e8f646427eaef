package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** The melding sent on to the gemeente where the parent with custody lives (002 §2.1, woonplaatsbeginsel). */
@Embeddable
public record Doorzending(String aan, LocalDate op) {
}
