package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.BESLISSING;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.MOTIVERING_TEKST;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.VERDAGEN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * The team leader decides on the bezwaar, or asks to postpone the decision. Awb 7:10 lid 3 allows one
 * verdaging, within the term: a second request, or one after the term has passed, is refused and the task stays open.
 */
@Component("beslissingOpBezwaarGenomenListener")
class BeslissingOpBezwaarGenomenListener implements TaskListener {

    private final Bezwaren bezwaren;
    private final EngineClock klok;

    BeslissingOpBezwaarGenomenListener(Bezwaren bezwaren, EngineClock klok) {
        this.bezwaren = bezwaren;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Bezwaar bezwaar = bezwaren.bezwaar(task.getExecution());
        boolean verdagen = VERDAGEN.lees(task).orElse(false);
        VERDAGEN.schrijf(task.getExecution(), verdagen);
        if (verdagen) {
            if (bezwaar.isVerdaagd()) {
                throw new Stapweigering("De beslissing is al verdaagd tot " + bezwaar.getBeslistermijn().uiterlijk()
                        + "; Awb 7:10 lid 3 staat één verdaging toe");
            }
            if (klok.today().isAfter(bezwaar.getBeslistermijn().uiterlijk())) {
                throw new Stapweigering("De beslistermijn is op " + bezwaar.getBeslistermijn().uiterlijk()
                        + " verstreken; verdagen kan alleen binnen de termijn (Awb 7:10 lid 3)");
            }
            MOTIVERING_TEKST.verwijder(task);
            return;
        }
        bezwaar.beslis(BESLISSING.verplicht(task), MOTIVERING_TEKST.verplicht(task, "redenen die de indiener kan lezen (Awb 7:12)"));
    }
}
