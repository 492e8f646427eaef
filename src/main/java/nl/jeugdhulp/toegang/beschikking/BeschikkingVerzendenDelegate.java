package nl.jeugdhulp.toegang.beschikking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.brief.Briefinhoud;
import nl.jeugdhulp.toegang.brief.Brieven;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The beschikking goes out today; that date decides whether the BESCHIKKING term was met (002 §2.5), and from
 * the day after the family has six weeks to object (BEZWAARTERMIJN, Awb 6:7 and 6:8). The letter itself, a
 * grant in kind, a PGB or a refusal, states that last day.
 */
@Component("beschikkingVerzendenDelegate")
class BeschikkingVerzendenDelegate implements JavaDelegate {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Brieven brieven;
    private final EngineClock klok;

    BeschikkingVerzendenDelegate(ZaakService zaken, Termijnbewaking termijnen, Brieven brieven, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.brieven = brieven;
        this.klok = klok;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        zaak.beschikkingVerzonden(klok.today());
        termijnen.afsluiten(zaak, Termijnsoort.BESCHIKKING, klok.today());
        termijnen.start(zaak, Termijnsoort.BEZWAARTERMIJN);
        brieven.verstuur(zaak, Briefinhoud.beschikking(zaak));
    }
}
