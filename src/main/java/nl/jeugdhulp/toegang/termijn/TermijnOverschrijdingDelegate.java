package nl.jeugdhulp.toegang.termijn;

import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.ESCALEREN;
import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.OVERSCHREDEN_TERMIJNEN;
import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.TERMIJNSOORT;
import static nl.jeugdhulp.toegang.termijn.TermijnVariabelen.TERMIJN_OVERSCHREDEN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * A deadline passed unmet: the termijn becomes OVERSCHREDEN in the dossier and the process instance gets
 * the variables a manager filters on in Cockpit ({@code termijnOverschreden = true},
 * {@code overschredenTermijnen like %GESPREK%}). A termijn that is no longer running is left alone and the
 * escalation ends without a task ({@code escaleren = false}). A termijn kept outside the zaak (the beslistermijn
 * of a bezwaar) is marked where it is kept; the variables go to the process instance that escalated.
 */
@Component("termijnOverschrijdingDelegate")
class TermijnOverschrijdingDelegate implements JavaDelegate {

    private final Termijnen termijnen;

    TermijnOverschrijdingDelegate(Termijnen termijnen) {
        this.termijnen = termijnen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Termijnsoort soort = Termijnsoort.valueOf(TERMIJNSOORT.verplicht(execution));
        boolean escaleren = termijnen.overschrijden(execution, soort);
        ESCALEREN.schrijfLokaal(execution, escaleren);
        if (!escaleren) {
            return;
        }
        var procesInstantie = execution.getProcessInstance();
        TERMIJN_OVERSCHREDEN.schrijf(procesInstantie, true);
        String eerder = OVERSCHREDEN_TERMIJNEN.lees(procesInstantie).orElse("");
        OVERSCHREDEN_TERMIJNEN.schrijf(procesInstantie, eerder.isEmpty() ? soort.name() : eerder + "," + soort);
    }
}
