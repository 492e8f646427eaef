package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A bezwaarschrift against the beschikking of a zaak (Awb 6:4, 6:5).
 *
 * @param ontvangen       the day it was received; today when left out
 * @param adviescommissie whether an advisory committee hears it (Awb 7:13), which sets the beslistermijn
 * @param indiener        who objected, for the dossier only
 */
public record BezwaarRequest(LocalDate ontvangen, @NotNull Boolean adviescommissie, @Size(max = 200) String indiener) {
}
