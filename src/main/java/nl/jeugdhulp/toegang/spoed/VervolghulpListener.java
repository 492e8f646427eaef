package nl.jeugdhulp.toegang.spoed;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Toelichting;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;

/**
 * Crisis: it is clear which help follows the temporary measure (within 4 weeks, 002 §4.4.3.4). The case then
 * goes through the regular onderzoek for any individuele voorziening; a crisis gets no PGB (002 §6.5).
 */
@Component("vervolghulpListener")
class VervolghulpListener implements TaskListener {

    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    VervolghulpListener(Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        String toelichting = Toelichting.verplicht(task, "welke hulp volgt na de crisis");
        termijnen.afsluiten(task.getExecution(), "VERVOLGHULP");
        beslissingen.leg(task, "vervolghulp", "vastgelegd", toelichting + " (002 §4.4.3.4)");
    }
}
