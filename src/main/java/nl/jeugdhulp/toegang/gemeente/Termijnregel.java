package nl.jeugdhulp.toegang.gemeente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A deadline rule as a gemeente's policy states it: "10 werkdagen na melding", with its source. */
public record Termijnregel(@Positive int aantal, @NotNull Eenheid eenheid, @NotNull Startpunt na, @NotBlank String bron) {

    public String omschrijving() {
        return duur() + " na " + na.omschrijving() + " (" + bron + ")";
    }

    /** "7 werkdagen", without the start and the source. */
    public String duur() {
        return eenheid.aantal(aantal);
    }
}
