package nl.jeugdhulp.toegang.brief;

import java.time.Instant;

/** One line of {@code GET /api/zaken/{nr}/documenten}: which letter, when it was made, and its size in bytes. */
public record DocumentView(Long id, Briefsoort soort, String titel, Instant aangemaakt, int grootte) {
}
