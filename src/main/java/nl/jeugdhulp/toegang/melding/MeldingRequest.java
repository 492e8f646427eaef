package nl.jeugdhulp.toegang.melding;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.MelderRol;

/** A help question about a child as it reaches the gemeente (004 art 3; 002 §2.2). */
public record MeldingRequest(
        @NotBlank @Size(max = 50) String gemeente,
        LocalDate ontvangen,
        @NotNull Kanaal kanaal,
        @NotNull @Valid Melder melder,
        @NotNull @Valid Jeugdige jeugdige,
        @NotBlank @Size(max = 10_000) String hulpvraag) {

    public record Melder(@NotNull MelderRol rol, @NotBlank @Size(max = 200) String naam) {
    }

    /**
     * @param voortzettingReden required for a young person of 18 to 22: jeugdhulp then only continues help
     *                          whose need was established before (Kampen 002 §4.3.1)
     */
    public record Jeugdige(
            @NotBlank String bsn,
            @NotBlank @Size(max = 200) String voornamen,
            @NotBlank @Size(max = 200) String achternaam,
            @NotNull LocalDate geboortedatum,
            @Size(max = 2_000) String voortzettingReden) {
    }
}
