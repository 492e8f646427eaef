package nl.jeugdhulp.toegang.gemeente;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * Per-gemeente policy from {@code application.yaml}: the deadlines and verdaging a gemeente sets itself
 * (falling back to {@code standaard-termijnen} and {@code standaard-verdaging}), the days its office is closed
 * on top of the Atw feestdagen, its contracted providers and the letterhead of its letters.
 */
@Validated
@ConfigurationProperties("jeugdhulp")
public record GemeenteProperties(
        @NotEmpty Map<Termijnsoort, @Valid Termijnregel> standaardTermijnen,
        @NotNull @Valid Verlenging standaardVerdaging,
        @NotEmpty Map<String, @Valid Instellingen> gemeenten) {

    public record Instellingen(
            @NotBlank String naam,
            @NotNull @Valid Briefhoofd briefhoofd,
            Map<Termijnsoort, @Valid Termijnregel> termijnen,
            @Valid Verlenging verdaging,
            List<@Valid GeslotenDag> geslotenDagen,
            List<@Pattern(regexp = "\\d{8}", message = "AGB-code heeft 8 cijfers") String> gecontracteerdeAanbieders) {
    }

    /**
     * Who the letters come from and how the family reaches them. Only {@code afzender} is required: a letter
     * prints the telephone number, hours and address where the gemeente has set them.
     */
    public record Briefhoofd(@NotBlank String afzender, String telefoon, String bereikbaar, String postadres) {
    }

    public record GeslotenDag(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
                              @NotBlank String naam) {
    }
}
