package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.Instant;
import java.time.LocalDate;

import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * A termijn whose step is still to come, as the dashboard reads it from the dossier: running, or overrun and still
 * open. {@code procesInstantie} is the process that waits for the step (the zaak's, or the bezwaar's).
 */
record LopendeTermijn(String zaaknummer, String gemeente, String procesInstantie, String voornamen, String achternaam,
                      Termijnsoort soort, LocalDate uiterlijk, Instant uiterlijkOm, TermijnStatus status) {

    /** A bezwaar's beslistermijn (Awb 7:10), kept on the bezwaar and not on the zaak. */
    LopendeTermijn(String zaaknummer, String gemeente, String procesInstantie, String voornamen, String achternaam,
                   LocalDate uiterlijk, TermijnStatus status) {
        this(zaaknummer, gemeente, procesInstantie, voornamen, achternaam, Termijnsoort.BESLISSING_OP_BEZWAAR, uiterlijk,
                null, status);
    }
}
