package nl.jeugdhulp.toegang.spoed;

import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.CRISIS_AFGEHANDELD;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Crisis: it is clear which help follows the temporary measure (within 4 weeks, 002 §4.4.3.4). The route rule
 * then decides again, now without the crisis: the woonplaatsbeginsel, a gedwongen kader or a referral may still
 * apply, otherwise the regular onderzoek follows, whose terms start today. A crisis gets no PGB (002 §6.5).
 */
@Component("vervolghulpListener")
class VervolghulpListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    VervolghulpListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        String toelichting = TOELICHTING_TEKST.verplicht(task, "welke hulp volgt na de crisis");
        Zaak zaak = zaken.zaak(task.getExecution());
        termijnen.afsluiten(zaak, Termijnsoort.VERVOLGHULP);
        termijnen.startNaCrisis(zaak);
        CRISIS_AFGEHANDELD.schrijf(task.getExecution(), true);
        beslissingen.leg(task, "vervolghulp", "vastgelegd", toelichting + " (002 §4.4.3.4)");
    }
}
