package nl.jeugdhulp.toegang.onderzoek;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.GESPREK_GEPLAND;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/** Kampen 002 §2.3.1: the appointment for the gesprek is made within the AFSPRAAK term; today it was made. */
@Component("afspraakGeplandListener")
class AfspraakGeplandListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final EngineClock klok;

    AfspraakGeplandListener(ZaakService zaken, Termijnbewaking termijnen, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        Stapinvoer.nietVoorMelding(GESPREK_GEPLAND, task, zaak.getOntvangen());
        termijnen.afsluiten(zaak, Termijnsoort.AFSPRAAK, klok.today());
    }
}
