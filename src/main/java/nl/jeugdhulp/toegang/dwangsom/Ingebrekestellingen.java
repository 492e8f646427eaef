package nl.jeugdhulp.toegang.dwangsom;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.fout.NietGevondenException;
import nl.jeugdhulp.toegang.fout.NietMogelijkException;
import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Groepen;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.Ingebrekestelling;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/**
 * Records the family's written ingebrekestelling on a late decision (Awb 4:17) and tells the zaak's process, which
 * gives the teamleiders a task at once: decide before the dwangsom starts. Consulenten and teamleiders record it;
 * like the familiegroepsplan it is checked here and then delivered to the process, so no one needs the right to
 * change running cases through the engine. Refused, with nothing written: a date in the future or within the
 * beslistermijn (400), a zaak without an aanvraag, with its beschikking sent, with an ingebrekestelling already, or
 * whose term stands still (409).
 */
@Service
public class Ingebrekestellingen {

    static final String BERICHT = "IngebrekestellingOntvangen";
    private static final Logger LOG = LoggerFactory.getLogger(Ingebrekestellingen.class);
    private static final Set<String> MAG_REGISTREREN = Set.of(Groepen.CONSULENTEN, Groepen.TEAMLEIDERS);

    private final ZichtbareZaken zaken;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final EngineClock klok;
    private final Verwerkingen verwerkingen;

    Ingebrekestellingen(ZichtbareZaken zaken, IdentityService identityService, RuntimeService runtimeService,
                        EngineClock klok, Verwerkingen verwerkingen) {
        this.zaken = zaken;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.klok = klok;
        this.verwerkingen = verwerkingen;
    }

    @Transactional
    public IngebrekestellingView registreer(String zaaknummer, IngebrekestellingRequest verzoek) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Authentication gebruiker = identityService.getCurrentAuthentication();
        if (gebruiker.getGroupIds().stream().noneMatch(MAG_REGISTREREN::contains)) {
            throw new AuthorizationException(gebruiker.getUserId(), "CORRELATE", "Message", BERICHT);
        }
        LocalDate vandaag = klok.today();
        LocalDate ontvangen = verzoek.ontvangen() == null ? vandaag : verzoek.ontvangen();
        if (ontvangen.isAfter(vandaag)) {
            throw new OngeldigeInvoerException().veld("ontvangen", "ligt in de toekomst");
        }
        Zaaktermijn beslistermijn = beslistermijn(zaak);
        if (!ontvangen.isAfter(beslistermijn.getUiterlijk())) {
            throw new OngeldigeInvoerException().veld("ontvangen", "valt niet na de beslistermijn (tot en met "
                    + beslistermijn.getUiterlijk() + "); een ingebrekestelling telt pas daarna (Awb 4:17 lid 3)");
        }
        zaak.ingebrekegesteld(Ingebrekestelling.ontvangen(ontvangen, Dwangsom.eersteDag(ontvangen)));
        identityService.clearAuthentication();
        try {
            if (runtimeService.createExecutionQuery().processInstanceBusinessKey(zaaknummer)
                    .messageEventSubscriptionName(BERICHT).count() == 0) {
                throw new NietMogelijkException("Het proces van zaak " + zaaknummer + " kan geen ingebrekestelling ontvangen.");
            }
            runtimeService.createMessageCorrelation(BERICHT).processInstanceBusinessKey(zaaknummer).correlate();
        } finally {
            identityService.setAuthentication(gebruiker);
        }
        verwerkingen.gewijzigd(zaak, "ingebrekestelling");
        LOG.info("Ingebrekestelling op zaak {} ontvangen op {}", zaaknummer, ontvangen);
        return IngebrekestellingView.van(zaak.getIngebrekestelling().orElseThrow(), zaak, vandaag);
    }

    /** The ingebrekestelling of a zaak the user may see, its dwangsom to date. */
    @Transactional(readOnly = true)
    public IngebrekestellingView zichtbaar(String zaaknummer) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Ingebrekestelling ingebrekestelling = zaak.getIngebrekestelling().orElseThrow(() -> new NietGevondenException(
                "Zaak " + zaaknummer + " heeft geen ingebrekestelling"));
        verwerkingen.ingezien(zaak, "ingebrekestelling");
        return IngebrekestellingView.van(ingebrekestelling, zaak, klok.today());
    }

    /** The beslistermijn the ingebrekestelling is about, if the zaak is in a state to receive one. */
    private static Zaaktermijn beslistermijn(Zaak zaak) {
        String nummer = zaak.getZaaknummer();
        if (zaak.getAanvraag().datum() == null) {
            throw new NietMogelijkException("Zaak " + nummer + " heeft geen aanvraag; een ingebrekestelling gaat over "
                    + "een beslissing op een aanvraag (Awb 4:17).");
        }
        if (zaak.getBeschikking().verzondenOp().isPresent()) {
            throw new NietMogelijkException("De beschikking van zaak " + nummer + " is al verzonden op "
                    + zaak.getBeschikking().verzondenOp().get() + ".");
        }
        zaak.getIngebrekestelling().ifPresent(eerder -> {
            throw new NietMogelijkException("Zaak " + nummer + " heeft al een ingebrekestelling, ontvangen op "
                    + eerder.ontvangen() + "; de dwangsom loopt daarvan.");
        });
        Zaaktermijn beslistermijn = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow(() -> new NietMogelijkException(
                "Zaak " + nummer + " heeft geen beslistermijn."));
        if (beslistermijn.getStatus() == TermijnStatus.OPGESCHORT || beslistermijn.getStatus() == TermijnStatus.VERVALLEN) {
            throw new NietMogelijkException("De beslistermijn van zaak " + nummer + " loopt niet ("
                    + beslistermijn.getStatus() + "); een ingebrekestelling kan pas als hij verstreken is.");
        }
        return beslistermijn;
    }
}
