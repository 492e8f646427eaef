package nl.jeugdhulp.toegang.spoed;

import static nl.jeugdhulp.toegang.spoed.SpoedVariabelen.TIJDELIJKE_MAATREGEL;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Crisis (004 art 3.3): the temporary measure is in place. Completing the step closes the CRISISBEZOEK term at
 * this moment (2 hours, 002 §4.4.3.4) and records the measure with its reason.
 */
@Component("tijdelijkeMaatregelListener")
class TijdelijkeMaatregelListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    TijdelijkeMaatregelListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        TijdelijkeMaatregel maatregel = TIJDELIJKE_MAATREGEL.verplicht(task);
        String toelichting = TOELICHTING_TEKST.verplicht(task, "welke hulp is direct geregeld");
        termijnen.afsluiten(zaken.zaak(task.getExecution()), Termijnsoort.CRISISBEZOEK);
        beslissingen.leg(task, "tijdelijke maatregel", maatregel.name(), toelichting + " (004 art 3.3)");
    }
}
