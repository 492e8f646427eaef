package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.BESLISTERMIJN_UITERLIJK;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.VERDAGEN;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.VERDAGING_MEEGEDEELD;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The indiener was told in writing that the decision is postponed (Awb 7:10 lid 3): the beslistermijn moves six
 * weeks on. The notice must go out within the term; the timers of the next step follow the new last day. When no
 * notice went out in time the team leader records that ({@code verdagen = false}): the term stays as it was.
 */
@Component("beslissingVerdaagdListener")
class BeslissingVerdaagdListener implements TaskListener {

    private final Bezwaren bezwaren;
    private final Beslistermijnen beslistermijnen;
    private final ZaakService zaken;
    private final Gemeenten gemeenten;
    private final EngineClock klok;

    BeslissingVerdaagdListener(Bezwaren bezwaren, Beslistermijnen beslistermijnen, ZaakService zaken,
                               Gemeenten gemeenten, EngineClock klok) {
        this.bezwaren = bezwaren;
        this.beslistermijnen = beslistermijnen;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Bezwaar bezwaar = bezwaren.bezwaar(task.getExecution());
        boolean verdagen = VERDAGEN.lees(task).orElse(true);
        // Back to the decision, whose form starts without a verdaging asked.
        VERDAGEN.schrijf(task.getExecution(), false);
        if (!verdagen) {
            return;
        }
        if (bezwaar.isVerdaagd()) {
            throw new Stapweigering("De beslissing is al verdaagd; Awb 7:10 lid 3 staat één verdaging toe");
        }
        LocalDate meegedeeld = VERDAGING_MEEGEDEELD.verplicht(task);
        if (meegedeeld.isAfter(klok.today())) {
            throw new Stapweigering("verdagingMeegedeeld mag niet na vandaag liggen");
        }
        if (meegedeeld.isBefore(bezwaar.getOntvangen()) || meegedeeld.isAfter(bezwaar.getBeslistermijn().uiterlijk())) {
            throw new Stapweigering("verdagingMeegedeeld moet binnen de beslistermijn liggen ("
                    + bezwaar.getOntvangen() + " tot en met " + bezwaar.getBeslistermijn().uiterlijk() + "): " + meegedeeld);
        }
        var gemeente = gemeenten.get(zaken.zaak(task.getExecution()).getGemeente());
        Termijnberekening verdaagd = beslistermijnen.verdaging(gemeente, bezwaar);
        bezwaar.verdaag(meegedeeld, verdaagd);
        BESLISTERMIJN_UITERLIJK.schrijf(task.getExecution(), verdaagd.uiterlijk());
    }
}
