package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.util.List;

import nl.jeugdhulp.toegang.bezwaar.BezwaarView;
import nl.jeugdhulp.toegang.termijn.TermijnStatus;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;

/** What a consulent or team leader sees of a zaak through the API: where it stands, its deadlines and bezwaren. */
public record ZaakView(String zaaknummer, String gemeente, Fase fase, LocalDate ontvangen, List<TermijnView> termijnen,
                       List<BezwaarView> bezwaren) {

    public record TermijnView(Termijnsoort soort, LocalDate uiterlijk, TermijnStatus status, String regel) {
    }
}
