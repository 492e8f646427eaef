package nl.jeugdhulp.toegang.doorzending;

import static nl.jeugdhulp.toegang.doorzending.DoorzendingVariabelen.DOORZENDEN;
import static nl.jeugdhulp.toegang.doorzending.DoorzendingVariabelen.DOORZENDEN_AAN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Woonplaatsbeginsel (002 §2.1): the consulent checked where the parent with custody lives. Either the melding
 * goes to that gemeente today (Awb 2:3), recorded with to whom and when, or this gemeente is responsible after
 * all and the regular route follows.
 */
@Component("woonplaatsGecontroleerdListener")
class WoonplaatsGecontroleerdListener implements TaskListener {

    private final ZaakService zaken;
    private final Beslissingen beslissingen;
    private final EngineClock klok;

    WoonplaatsGecontroleerdListener(ZaakService zaken, Beslissingen beslissingen, EngineClock klok) {
        this.zaken = zaken;
        this.beslissingen = beslissingen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        String toelichting = TOELICHTING_TEKST.verplicht(task, "waar woont de ouder met gezag");
        if (DOORZENDEN.verplicht(task)) {
            String aan = DOORZENDEN_AAN.lees(task).map(String::strip)
                    .orElseThrow(() -> new Stapweigering(DOORZENDEN_AAN.naam() + " is verplicht: naar welke gemeente"));
            if (aan.length() > 100) {
                throw new Stapweigering(DOORZENDEN_AAN.naam() + " is langer dan 100 tekens");
            }
            zaak.doorgezonden(aan, klok.today());
            beslissingen.leg(task, "woonplaatsbeginsel", "doorgezonden aan " + aan,
                    toelichting + " (002 §2.1; Awb 2:3)");
        } else {
            beslissingen.leg(task, "woonplaatsbeginsel", "gemeente " + zaak.getGemeente() + " is verantwoordelijk",
                    toelichting + " (002 §2.1)");
        }
    }
}
