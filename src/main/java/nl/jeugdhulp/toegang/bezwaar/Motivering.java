package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.MOTIVERING;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.exception.NotValidException;

/** A decision on a bezwaar rests on reasons the indiener can read (Awb 7:12 lid 1). */
final class Motivering {

    static final int MAX_LENGTE = 10_000;

    private Motivering() {
    }

    static String verplicht(DelegateTask task) {
        String motivering = MOTIVERING.lees(task).map(String::strip)
                .orElseThrow(() -> new NotValidException("motivering is verplicht (Awb 7:12)"));
        if (motivering.length() > MAX_LENGTE) {
            throw new NotValidException("motivering is langer dan " + MAX_LENGTE + " tekens");
        }
        return motivering;
    }
}
