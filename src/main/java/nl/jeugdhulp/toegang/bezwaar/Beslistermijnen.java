package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Startpunt;
import nl.jeugdhulp.toegang.gemeente.Termijnregel;
import nl.jeugdhulp.toegang.termijn.TermijnCalculator;
import nl.jeugdhulp.toegang.termijn.Termijnhouder;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * The beslistermijn of a bezwaar (Awb 7:10), computed with the one calendar, and kept on each {@link Bezwaar}.
 * The timers of {@code bezwaar-behandelen} find it through {@code ${termijnen.verstrijktOp(execution,
 * 'BESLISSING_OP_BEZWAAR')}} like every other termijn.
 */
@Component
class Beslistermijnen implements Termijnhouder {

    /** Awb 7:10 lid 1: twelve weeks instead of six when an advisory committee (Awb 7:13) hears the bezwaar. */
    static final Termijnregel MET_ADVIESCOMMISSIE = new Termijnregel(12, Eenheid.WEKEN, Startpunt.EINDE_BEZWAARTERMIJN,
            "Awb art 7:10 lid 1, met adviescommissie art 7:13");
    /** Awb 7:10 lid 3: the decision may be postponed once, by at most six weeks, with written notice. */
    static final int VERDAGING_WEKEN = 6;

    private final Bezwaren bezwaren;
    private final TermijnCalculator calculator;
    private final Werkdagenkalender kalender;

    Beslistermijnen(Bezwaren bezwaren, TermijnCalculator calculator, Werkdagenkalender kalender) {
        this.bezwaren = bezwaren;
        this.calculator = calculator;
        this.kalender = kalender;
    }

    /**
     * Counted from the day after the bezwaartermijn ended (Awb 7:10 lid 1). A bezwaar received after that day
     * counts from the day after it was received: a term cannot have run before the bezwaar existed.
     */
    Termijnberekening bereken(Gemeente gemeente, LocalDate eindeBezwaartermijn, LocalDate ontvangen,
                              boolean adviescommissie) {
        LocalDate vanaf = ontvangen.isAfter(eindeBezwaartermijn) ? ontvangen : eindeBezwaartermijn;
        Termijnregel regel = adviescommissie ? MET_ADVIESCOMMISSIE : gemeente.regel(Termijnsoort.BESLISSING_OP_BEZWAAR);
        return calculator.bereken(gemeente, Termijnsoort.BESLISSING_OP_BEZWAAR, regel, vanaf);
    }

    /** The postponed term: six weeks on from the current last day, moved past non-werkdagen like any term. */
    Termijnberekening verdaging(Gemeente gemeente, Bezwaar bezwaar) {
        LocalDate vanaf = bezwaar.getBeslistermijn().uiterlijk();
        var einde = kalender.einde(vanaf, VERDAGING_WEKEN, Eenheid.WEKEN, gemeente.geslotenDagen());
        return new Termijnberekening(gemeente.code(), Termijnsoort.BESLISSING_OP_BEZWAAR, vanaf, einde.uiterlijk(), null,
                VERDAGING_WEKEN + " weken (Awb art 7:10 lid 3)", einde.uitleg(), einde.kalendereinde());
    }

    @Override
    public boolean houdt(Termijnsoort soort) {
        return soort == Termijnsoort.BESLISSING_OP_BEZWAAR;
    }

    @Override
    public LocalDate uiterlijk(DelegateExecution execution, Termijnsoort soort) {
        return bezwaren.bezwaar(execution).getBeslistermijn().uiterlijk();
    }

    @Override
    public boolean overschrijden(DelegateExecution execution, Termijnsoort soort) {
        return bezwaren.bezwaar(execution).overschrijden();
    }
}
