package nl.jeugdhulp.toegang.dwangsom;

import java.time.LocalDate;

/**
 * A written ingebrekestelling on the decision of a zaak (Awb 4:17).
 *
 * @param ontvangen the day it was received; today when left out
 */
public record IngebrekestellingRequest(LocalDate ontvangen) {
}
