package nl.jeugdhulp.toegang.zaakoverzicht;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.jeugdhulp.toegang.bezwaar.BezwaarView;
import nl.jeugdhulp.toegang.zaak.Fase;
import nl.jeugdhulp.toegang.zaak.Route;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * What a consulent or team leader sees of a zaak through the API: where it stands, by which route, its
 * deadlines (with the original last day when one was extended), every decision with its motivation, and its
 * bezwaren.
 */
public record ZaakView(String zaaknummer, String gemeente, Fase fase, Route route, boolean spoed, LocalDate ontvangen,
                       Doorzending doorgezonden, List<TermijnView> termijnen, List<BeslissingView> beslissingen,
                       List<BezwaarView> bezwaren) {

    /**
     * {@code uiterlijkOm} only for an hour-based term, {@code oorspronkelijk} only after a verdaging, {@code afgerond}
     * once its step was done.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TermijnView(Termijnsoort soort, LocalDate uiterlijk, Instant uiterlijkOm, LocalDate oorspronkelijk,
                              TermijnStatus status, LocalDate afgerond, String regel) {
    }

    public record BeslissingView(String soort, String uitkomst, String motivering, Instant genomen, String door) {
    }

    /** To which gemeente the melding went, and when (002 §2.1). */
    public record Doorzending(String aan, LocalDate op) {
    }
}
