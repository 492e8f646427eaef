package nl.jeugdhulp.toegang.zaakoverzicht;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.jeugdhulp.toegang.bezwaar.BezwaarView;
import nl.jeugdhulp.toegang.dwangsom.IngebrekestellingView;
import nl.jeugdhulp.toegang.zaak.Fase;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.Route;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * What a consulent or team leader sees of a zaak through the API: where it stands, by which route, its
 * deadlines (with the original last day when one was extended), every decision with its motivation, its
 * bezwaren, and after an ingebrekestelling the dwangsom to date (absent without one).
 */
public record ZaakView(String zaaknummer, String gemeente, Fase fase, Route route, boolean spoed, LocalDate ontvangen,
                       Doorzending doorgezonden, List<TermijnView> termijnen, List<BeslissingView> beslissingen,
                       List<BezwaarView> bezwaren,
                       @JsonInclude(JsonInclude.Include.NON_NULL) IngebrekestellingView ingebrekestelling) {

    /**
     * {@code uiterlijkOm} only for an hour-based term; {@code oorspronkelijk}, the first last day, only once a
     * verdaging or a suspension moved it; {@code verdaagdVan}, the last day just before the verdaging, only after one;
     * {@code opschortingen} only when it was suspended; {@code afgerond} once its step was done.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermijnView(Termijnsoort soort, LocalDate uiterlijk, Instant uiterlijkOm, LocalDate oorspronkelijk,
                              LocalDate verdaagdVan, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OpschortingView> opschortingen,
                              TermijnStatus status, LocalDate afgerond, String regel) {
    }

    /**
     * A period the term stood still (Awb 4:15): the reason with its article, the consulent's explanation, from
     * {@code van} up to and including {@code tot} ({@code tot} absent while the gemeente still waits for the family's
     * aanvulling, which is due by {@code aanvullenUiterlijk}), and how many days the last day moved for it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpschortingView(Opschortingsreden reden, String omschrijving, String bron, String toelichting,
                                  LocalDate van, LocalDate tot, LocalDate aanvullenUiterlijk, Integer dagen) {
    }

    public record BeslissingView(String soort, String uitkomst, String motivering, Instant genomen, String door) {
    }

    /** To which gemeente the melding went, and when (002 §2.1). */
    public record Doorzending(String aan, LocalDate op) {
    }
}
