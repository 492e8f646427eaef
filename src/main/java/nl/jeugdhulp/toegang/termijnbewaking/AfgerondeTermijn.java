package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * A termijn whose step was done, with the dates of its zaak that the phases start from: the melding and the
 * aanvraag. Read from the dossier, which keeps them after the engine's history is gone.
 */
record AfgerondeTermijn(Long zaak, String gemeente, LocalDate ontvangen, LocalDate aanvraag, Termijnsoort soort,
                        LocalDate afgerond, TermijnStatus status) {
}
