package nl.jeugdhulp.toegang.melding;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.Maatregel;
import nl.jeugdhulp.toegang.zaak.MelderRol;
import nl.jeugdhulp.toegang.zaak.VerwijzerType;

/**
 * A help question about a child as it reaches the gemeente (004 art 3; 002 §2.2). The optional parts decide
 * the route (001 §2.6): {@code spoed} for a crisis, {@code gezag} when the parent with custody lives elsewhere,
 * {@code verwijzer} and {@code aanbieder} for a medical referral, {@code gedwongenKader} for a child-protection
 * measure. The checks of the input are the constraints here: "today" is the engine clock's (proces/ValidatieConfig),
 * and {@code ontvangen} is today when the melding names no day.
 */
@VerwijzerMetAanbieder
// Kampen 002 §4.3.1: jeugdhulp is for minors; from 18 it only continues, and never past 23.
@LeeftijdBijOntvangst(meerderjarig = 18, voortzettingTot = 23)
public record MeldingRequest(
        @NotBlank @Size(max = 50) @GeenStuurtekens @BekendeGemeente String gemeente,
        @PastOrPresent @NietVoorDeJeugdwet LocalDate ontvangen,
        @NotNull Kanaal kanaal,
        @NotNull @Valid Melder melder,
        @NotNull @Valid Jeugdige jeugdige,
        @NotBlank @Size(max = 10_000) @GeenStuurtekens(meerdereRegels = true) String hulpvraag,
        Boolean spoed,
        @Valid Gezag gezag,
        @Valid Verwijzer verwijzer,
        @Valid Aanbieder aanbieder,
        @Valid GedwongenKader gedwongenKader) {

    /** @param gemeente where the parent with custody lives (002 §2.1): a gemeente's code or name */
    public record Gezag(@NotBlank @Size(max = 100) @GeenStuurtekens String gemeente) {
    }

    /** Huisarts, jeugdarts or medisch specialist, identified by AGB code (Jeugdwet art 2.6 lid 1 g). */
    public record Verwijzer(@NotNull VerwijzerType type, @NotNull @Pattern(regexp = AGB, message = AGB_FOUT) String agbCode,
                            @NotBlank @Size(max = 200) @GeenStuurtekens String naam) {
    }

    /** The provider the child is referred to. */
    public record Aanbieder(@NotNull @Pattern(regexp = AGB, message = AGB_FOUT) String agbCode,
                            @NotBlank @Size(max = 200) @GeenStuurtekens String naam) {
    }

    /** The measure and the gecertificeerde instelling that decides the help (001 §2.6). */
    public record GedwongenKader(@NotNull Maatregel maatregel,
                                 @NotBlank @Size(max = 200) @GeenStuurtekens String instelling) {
    }

    static final String AGB = "\\d{8}";
    static final String AGB_FOUT = "AGB-code heeft 8 cijfers";

    public record Melder(@NotNull MelderRol rol, @NotBlank @Size(max = 200) @GeenStuurtekens String naam) {
    }

    /**
     * @param voortzettingReden required for a young person of 18 to 22: jeugdhulp then only continues help
     *                          whose need was established before (Kampen 002 §4.3.1)
     */
    public record Jeugdige(
            @NotBlank @Bsn String bsn,
            @NotBlank @Size(max = 200) @GeenStuurtekens String voornamen,
            @NotBlank @Size(max = 200) @GeenStuurtekens String achternaam,
            @NotNull @PastOrPresent LocalDate geboortedatum,
            @Size(max = 2_000) @GeenStuurtekens(meerdereRegels = true) String voortzettingReden) {
    }
}
