package nl.jeugdhulp.toegang.beschikking;

import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The wait for the family's aanvulling as the BPMN uses it ({@code ${opschortingen...}}): the due date of the task
 * and its timer, and what happens when the date set for the aanvulling passes unused (Awb 4:15 lid 1).
 */
@Component("opschortingen")
@Transactional
public class Opschortingen {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    Opschortingen(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    /** Due date of the wait: the end of the date the family was given. */
    public Date aanvullenUiterlijk(DelegateExecution execution) {
        return EngineClock.tijdstip(termijnen.aanvullenUiterlijk(zaken.zaak(execution)), LocalTime.of(23, 59));
    }

    /** Timer date: that date has passed at 00:00 (Europe/Amsterdam) on the day after it. */
    public Date aanvullingVerstrijktOp(DelegateExecution execution) {
        return EngineClock.tijdstip(termijnen.aanvullenUiterlijk(zaken.zaak(execution)).plusDays(1), LocalTime.MIDNIGHT);
    }

    /** No aanvulling came: the beslistermijn runs again, moved by every day up to and including that date. */
    public void aanvullingUitgebleven(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        var oud = termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING);
        Opschorting opschorting = termijnen.aanvullingUitgebleven(zaak);
        beslissingen.leg(execution, "opschorting beëindigd", "geen aanvulling voor " + opschorting.aanvullenUiterlijk()
                + "; " + opschorting.dagen() + " dagen opgeschort: beslistermijn van " + oud + " naar "
                + termijnen.uiterlijk(zaak, Termijnsoort.BESCHIKKING), "Awb art 4:15 lid 1", "termijnbewaking");
    }
}
