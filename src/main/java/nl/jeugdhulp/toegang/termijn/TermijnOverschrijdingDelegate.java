package nl.jeugdhulp.toegang.termijn;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.ESCALEREN;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.OVERSCHREDEN_TERMIJNEN;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.TERMIJNSOORT;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.TERMIJN_OVERSCHREDEN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * A deadline passed unmet: the termijn becomes OVERSCHREDEN in the dossier and the process instance gets
 * the variables a manager filters on in Cockpit ({@code termijnOverschreden = true},
 * {@code overschredenTermijnen like %GESPREK%}). A termijn that is no longer running is left alone and the
 * escalation ends without a task ({@code escaleren = false}).
 */
@Component("termijnOverschrijdingDelegate")
class TermijnOverschrijdingDelegate implements JavaDelegate {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;

    TermijnOverschrijdingDelegate(ZaakService zaken, Termijnbewaking termijnen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Termijnsoort soort = Termijnsoort.valueOf(TERMIJNSOORT.verplicht(execution));
        boolean escaleren = termijnen.overschrijden(zaken.zaak(execution), soort);
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
