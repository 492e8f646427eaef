package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.BESLISSING;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.MOTIVERING_TEKST;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.ONTVANKELIJK;
import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.TERMIJNOVERSCHRIJDING_VERSCHOONBAAR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * The bezwaar was judged on admissibility. A late bezwaar is only heard when the lateness is excusable (Awb
 * 6:11). A bezwaar that is not admissible gets its decision right here: niet-ontvankelijk, with the reasons.
 */
@Component("bezwaarBeoordeeldListener")
class BezwaarBeoordeeldListener implements TaskListener {

    private final Bezwaren bezwaren;

    BezwaarBeoordeeldListener(Bezwaren bezwaren) {
        this.bezwaren = bezwaren;
    }

    @Override
    public void notify(DelegateTask task) {
        Bezwaar bezwaar = bezwaren.bezwaar(task.getExecution());
        boolean ontvankelijk = ONTVANKELIJK.verplicht(task);
        Boolean verschoonbaar = null;
        if (!bezwaar.isTijdig()) {
            verschoonbaar = TERMIJNOVERSCHRIJDING_VERSCHOONBAAR.verplicht(task);
            if (ontvankelijk && !verschoonbaar) {
                throw new Stapweigering("Een bezwaar na de bezwaartermijn is alleen ontvankelijk als de "
                        + "termijnoverschrijding verschoonbaar is (Awb 6:11)");
            }
        }
        bezwaar.beoordeeld(ontvankelijk, verschoonbaar);
        if (!ontvankelijk) {
            bezwaar.beslis(BeslissingOpBezwaar.NIET_ONTVANKELIJK, MOTIVERING_TEKST.verplicht(task, "redenen die de indiener kan lezen (Awb 7:12)"));
            BESLISSING.schrijf(task.getExecution(), BeslissingOpBezwaar.NIET_ONTVANKELIJK);
        }
        MOTIVERING_TEKST.verwijder(task);
    }
}
