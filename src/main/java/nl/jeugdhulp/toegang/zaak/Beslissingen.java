package nl.jeugdhulp.toegang.zaak;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Uitvoerder;

/** Writes the decisions of a zaak into its dossier, each with who took it and why. */
@Component
@Transactional
public class Beslissingen {

    private final ZaakService zaken;
    private final EngineClock klok;

    Beslissingen(ZaakService zaken, EngineClock klok) {
        this.zaken = zaken;
        this.klok = klok;
    }

    public void leg(DelegateExecution execution, String soort, String uitkomst, String motivering, String door) {
        leg(zaken.zaak(execution), soort, uitkomst, motivering, door);
    }

    /** A decision of the user completing this task. */
    public void leg(DelegateTask task, String soort, String uitkomst, String motivering) {
        leg(zaken.zaak(task.getExecution()), soort, uitkomst, motivering, Uitvoerder.van(task).orElse("onbekend"));
    }

    public void leg(Zaak zaak, String soort, String uitkomst, String motivering, String door) {
        zaak.leg(new Beslissing(soort, uitkomst, motivering, klok.now(), door));
    }
}
