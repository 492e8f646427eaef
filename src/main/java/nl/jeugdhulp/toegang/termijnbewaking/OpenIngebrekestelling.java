package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.LocalDate;

/**
 * A zaak with an ingebrekestelling whose dwangsom is not settled yet (Awb 4:17, 4:18), as the dashboard reads it:
 * {@code beschikkingVerzonden} is null while the decision is still to come.
 */
record OpenIngebrekestelling(String zaaknummer, String gemeente, String procesInstantie, String voornamen,
                             String achternaam, LocalDate ontvangen, LocalDate eersteDwangsomdag,
                             LocalDate beschikkingVerzonden) {
}
