package nl.jeugdhulp.toegang.onderzoek;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.fout.NietMogelijkException;
import nl.jeugdhulp.toegang.proces.Groepen;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/**
 * The family handed in its familiegroepsplan (Kampen 002 §2.3.3). Consulenten may record this, but they have
 * no right to change running cases through the engine (that would let them silence deadlines), so this
 * step checks the role and the zaak itself and then delivers the message to the process.
 */
@Component
public class Familiegroepsplannen {

    static final String BERICHT = "FamiliegroepsplanOntvangen";
    private static final Set<String> MAG_REGISTREREN = Set.of(Groepen.CONSULENTEN, Groepen.TEAMLEIDERS);

    private final ZichtbareZaken zaken;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final Verwerkingen verwerkingen;

    Familiegroepsplannen(ZichtbareZaken zaken, IdentityService identityService, RuntimeService runtimeService,
                         Verwerkingen verwerkingen) {
        this.zaken = zaken;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.verwerkingen = verwerkingen;
    }

    public void ontvangen(String zaaknummer) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Authentication gebruiker = identityService.getCurrentAuthentication();
        if (gebruiker.getGroupIds().stream().noneMatch(MAG_REGISTREREN::contains)) {
            throw new AuthorizationException(gebruiker.getUserId(), "CORRELATE", "Message", BERICHT);
        }
        identityService.clearAuthentication();
        try {
            // Asked first, so a zaak that does not wait is a plain 409 and not an engine error in the log.
            if (runtimeService.createExecutionQuery().processInstanceBusinessKey(zaaknummer)
                    .messageEventSubscriptionName(BERICHT).count() == 0) {
                throw new NietMogelijkException("Zaak " + zaaknummer + " wacht niet (meer) op een familiegroepsplan.");
            }
            runtimeService.createMessageCorrelation(BERICHT).processInstanceBusinessKey(zaaknummer).correlate();
        } finally {
            identityService.setAuthentication(gebruiker);
        }
        verwerkingen.gewijzigd(zaak, "familiegroepsplan ontvangen");
    }
}
