package nl.jeugdhulp.toegang.gemeente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** How far a term moves when it is extended, as a gemeente's policy states it: "8 weken", with its source. */
public record Verlenging(@Positive int aantal, @NotNull Eenheid eenheid, @NotBlank String bron) {

    public String omschrijving() {
        return eenheid.aantal(aantal) + " (" + bron + ")";
    }
}
