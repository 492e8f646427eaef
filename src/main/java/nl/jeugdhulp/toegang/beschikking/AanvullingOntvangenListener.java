package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.AANGEVULD_OP;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The family completed the aanvraag (Awb 4:15 lid 1): on the day the consulent states, today when she states none.
 * The beslistermijn runs again from that day, its last day moved by the days it stood still.
 */
@Component("aanvullingOntvangenListener")
class AanvullingOntvangenListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;
    private final EngineClock klok;

    AanvullingOntvangenListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var ontvangen = AANGEVULD_OP.lees(task).orElseGet(klok::today);
        // Not left for a later request: its wait would read this day when the consulent states none.
        task.removeVariable(AANGEVULD_OP.naam());
        var oud = termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING);
        Opschorting opschorting = termijnen.aanvullingOntvangen(zaak, ontvangen);
        beslissingen.leg(task, "opschorting beëindigd", "aanvulling ontvangen op " + ontvangen + "; " + opschorting.dagen()
                + " dagen opgeschort: beslistermijn van " + oud + " naar "
                + termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING), "Awb art 4:15 lid 1");
    }
}
