package nl.jeugdhulp.toegang.dwangsom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Ingebrekestelling;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The dwangsom as the BPMN uses it ({@code ${dwangsommen...}}): the due date of the teamleiders' task after an
 * ingebrekestelling, whether a beschikking that went out owes a dwangsom, and the last day to settle it.
 */
@Component("dwangsommen")
@Transactional(readOnly = true)
public class Dwangsommen {

    private final ZaakService zaken;

    Dwangsommen(ZaakService zaken) {
        this.zaken = zaken;
    }

    /** Due date of the escalation: the end of the last day to decide without a dwangsom. */
    public Date beslissenUiterlijk(DelegateExecution execution) {
        LocalDate eerste = ingebrekestelling(zaken.zaak(execution)).eersteDwangsomdag();
        return EngineClock.tijdstip(Dwangsom.beslissenUiterlijk(eerste), LocalTime.of(23, 59));
    }

    /** Whether the beschikking, now sent, came on or after the first dwangsom day. */
    public boolean verschuldigd(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        return zaak.getIngebrekestelling().isPresent() && dagen(zaak) > 0;
    }

    /** Due date of the settlement (Awb 4:18): the end of the fourteenth day after the dwangsom's last day. */
    public Date vaststellenUiterlijk(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        LocalDate eerste = ingebrekestelling(zaak).eersteDwangsomdag();
        return EngineClock.tijdstip(Dwangsom.vaststellenUiterlijk(Dwangsom.laatsteDag(eerste, dagen(zaak))), LocalTime.of(23, 59));
    }

    static int dagen(Zaak zaak) {
        LocalDate verzonden = zaak.getBeschikking().verzondenOp().orElseThrow(() -> new IllegalStateException(
                "De beschikking van zaak " + zaak.getZaaknummer() + " is nog niet verzonden"));
        return Dwangsom.dagenTotVerzending(ingebrekestelling(zaak).eersteDwangsomdag(), verzonden);
    }

    static Ingebrekestelling ingebrekestelling(Zaak zaak) {
        return zaak.getIngebrekestelling().orElseThrow(() -> new IllegalStateException(
                "Zaak " + zaak.getZaaknummer() + " heeft geen ingebrekestelling"));
    }
}
