package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VERDAAGD;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VERDAGEN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Verdaging (Kampen 002 §2.5; Awb 4:14): the family was told in writing that the decision takes longer. The
 * BESCHIKKING term moves by the gemeente's verdaging; the besluitvorming starts again with its timer on the new
 * date. Once only.
 */
@Component("verdagingListener")
class VerdagingListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    VerdagingListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        String reden = TOELICHTING_TEKST.verplicht(task, "waarom de beslissing later komt");
        var oud = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk();
        var nieuw = termijnen.verdagen(zaak, reden);
        zaak.verdaagd(reden);
        beslissingen.leg(task, "verdaging", "beslistermijn van " + oud + " naar " + nieuw,
                reden + " (Awb 4:14; 002 §2.5)");
        VERDAGEN.schrijf(task.getExecution(), false);
        VERDAAGD.schrijf(task.getExecution(), true);
    }
}
