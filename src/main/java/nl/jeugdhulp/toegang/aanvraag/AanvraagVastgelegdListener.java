package nl.jeugdhulp.toegang.aanvraag;

import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.AANVRAAG_DATUM;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.AANVRAAG_INGEDIEND;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Did the family apply for an individuele voorziening? If so, the date the aanvraag is complete is the
 * aanvraagdatum (Kampen 002 §2.4) and the decision term of the BESCHIKKING counts from it (002 §2.5; Awb
 * 4:13). Without an aanvraag the case ends without a beschikking.
 */
@Component("aanvraagVastgelegdListener")
class AanvraagVastgelegdListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final EngineClock klok;

    AanvraagVastgelegdListener(ZaakService zaken, Termijnbewaking termijnen, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!AANVRAAG_INGEDIEND.verplicht(task)) {
            return;
        }
        Zaak zaak = zaken.zaak(task.getExecution());
        zaak.aanvraagOntvangen(Stapinvoer.gebeurd(AANVRAAG_DATUM, task, zaak.getOntvangen(), klok.today()));
        termijnen.start(zaak, Termijnsoort.BESCHIKKING);
    }
}
