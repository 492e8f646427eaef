package nl.jeugdhulp.toegang.melding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.brief.Briefsoort;
import nl.jeugdhulp.toegang.brief.Brieven;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Stadskanaal 004 art 3.2: receipt of a melding is confirmed in writing. The first step of the process sends
 * the letter and records the day it went out.
 */
@Component("ontvangstbevestigingDelegate")
class OntvangstbevestigingDelegate implements JavaDelegate {

    private final ZaakService zaken;
    private final Brieven brieven;
    private final EngineClock klok;

    OntvangstbevestigingDelegate(ZaakService zaken, Brieven brieven, EngineClock klok) {
        this.zaken = zaken;
        this.brieven = brieven;
        this.klok = klok;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        brieven.verstuur(zaak, Briefsoort.ONTVANGSTBEVESTIGING);
        zaak.ontvangstBevestigd(klok.today());
    }
}
