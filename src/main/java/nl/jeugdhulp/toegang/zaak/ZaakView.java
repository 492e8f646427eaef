package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.util.List;

import nl.jeugdhulp.toegang.termijn.TermijnStatus;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;

/** What a consulent or team leader sees of a zaak through the API: where it stands and its deadlines. */
public record ZaakView(String zaaknummer, String gemeente, Fase fase, LocalDate ontvangen, List<TermijnView> termijnen) {

    public record TermijnView(Termijnsoort soort, LocalDate uiterlijk, TermijnStatus status, String regel) {
    }
}
