package nl.jeugdhulp.toegang.gemeente;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

import nl.jeugdhulp.toegang.termijn.Termijnregel;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;

/**
 * Per-gemeente policy from {@code application.yaml}: the deadlines a gemeente sets itself (falling back to
 * {@code standaard-termijnen}) and the days its office is closed on top of the Atw feestdagen.
 */
@Validated
@ConfigurationProperties("jeugdhulp")
public record GemeenteProperties(
        @NotEmpty Map<Termijnsoort, @Valid Termijnregel> standaardTermijnen,
        @NotEmpty Map<String, @Valid Instellingen> gemeenten) {

    public record Instellingen(
            @NotBlank String naam,
            Map<Termijnsoort, @Valid Termijnregel> termijnen,
            List<@Valid GeslotenDag> geslotenDagen) {
    }

    public record GeslotenDag(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
                              @NotBlank String naam) {
    }
}
