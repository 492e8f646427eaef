package nl.jeugdhulp.toegang.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;

/** The beslissing op bezwaar goes out today; that date decides whether the beslistermijn was met (Awb 7:10). */
@Component("beslissingOpBezwaarVerzendenDelegate")
class BeslissingOpBezwaarVerzendenDelegate implements JavaDelegate {

    private final Bezwaren bezwaren;
    private final EngineClock klok;

    BeslissingOpBezwaarVerzendenDelegate(Bezwaren bezwaren, EngineClock klok) {
        this.bezwaren = bezwaren;
        this.klok = klok;
    }

    @Override
    public void execute(DelegateExecution execution) {
        bezwaren.bezwaar(execution).verzonden(klok.today());
    }
}
