package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.AANVULLEN_UITERLIJK;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPGESCHORT_TOT;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPGESCHORT_VAN;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPSCHORTINGSREDEN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.OPSCHORTEN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Opschorting (Awb 4:15) as the consulent records it. A request for aanvulling (lid 1, with Awb 4:5) suspends the
 * beslistermijn until the family answers or its date passes; a delay the applicant agreed to or caused (lid 2 a, b)
 * has its period, and moves the last day at once. The reason goes into the dossier, never into the history.
 */
@Component("opschortingListener")
class OpschortingListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    OpschortingListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        Opschortingsreden reden = OPSCHORTINGSREDEN.verplicht(task);
        if (reden == Opschortingsreden.AANVULLING) {
            String ontbreekt = TOELICHTING_TEKST.verplicht(task, "welke gegevens het gezin nog moet sturen");
            var uiterlijk = AANVULLEN_UITERLIJK.verplicht(task);
            termijnen.aanvullingVragen(zaak, uiterlijk, ontbreekt);
            beslissingen.leg(task, "opschorting", "beslistermijn opgeschort tot de aanvulling, uiterlijk " + uiterlijk,
                    ontbreekt + " (" + reden.bron() + "; Awb 4:5)");
        } else {
            String waarom = TOELICHTING_TEKST.verplicht(task, "waarom de beslistermijn stilstaat");
            var oud = termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING);
            Opschorting opschorting = termijnen.opschorten(zaak, reden, OPGESCHORT_VAN.verplicht(task),
                    OPGESCHORT_TOT.verplicht(task), waarom);
            beslissingen.leg(task, "opschorting", opschorting.dagen() + " dagen (" + opschorting.van() + " tot en met "
                    + opschorting.tot() + "): beslistermijn van " + oud + " naar "
                    + termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING), waarom + " (" + reden.bron() + ")");
        }
        OPSCHORTEN.schrijf(task.getExecution(), false);
    }
}
