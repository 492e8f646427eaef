package nl.jeugdhulp.toegang.melding;

import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.ToegangVariabelen;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.web.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Registers a melding: the dossier row, its running deadlines and the process instance, in one transaction.
 * Invalid input is rejected before anything is written, so a 400 leaves no trace.
 */
@Service
public class MeldingService {

    static final String PROCES = "jeugdhulp-toegang";
    /** Jeugdhulp is for minors; from 18 it only continues, and never past 23 (Kampen 002 §4.3.1). */
    static final int MEERDERJARIG = 18;
    static final int VOORTZETTING_TOT = 23;

    private static final Logger LOG = LoggerFactory.getLogger(MeldingService.class);

    private final Validator validator;
    private final Gemeenten gemeenten;
    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final RuntimeService runtimeService;
    private final EngineClock klok;

    MeldingService(Validator validator, Gemeenten gemeenten, ZaakService zaken, Termijnbewaking termijnen,
                   RuntimeService runtimeService, EngineClock klok) {
        this.validator = validator;
        this.gemeenten = gemeenten;
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.runtimeService = runtimeService;
        this.klok = klok;
    }

    @Transactional
    public Zaak registreer(MeldingRequest melding) {
        LocalDate vandaag = klok.today();
        LocalDate ontvangen = melding.ontvangen() == null ? vandaag : melding.ontvangen();
        controleer(melding, ontvangen, vandaag);

        var jeugdige = melding.jeugdige();
        Zaak zaak = zaken.registreer(new Zaak(melding.gemeente(), ontvangen, melding.kanaal(), melding.melder().rol(),
                melding.melder().naam(), jeugdige.bsn(), jeugdige.voornamen(), jeugdige.achternaam(),
                jeugdige.geboortedatum(), leegAlsNull(jeugdige.voortzettingReden()), melding.hulpvraag()));
        termijnen.startBijMelding(zaak);

        VariableMap variabelen = Variables.createVariables()
                .putValue(ToegangVariabelen.GEMEENTE.naam(), zaak.getGemeente())
                .putValue(ToegangVariabelen.ONTVANGEN.naam(), ontvangen.toString());
        runtimeService.startProcessInstanceByKey(PROCES, zaak.getZaaknummer(), variabelen);
        LOG.info("Melding geregistreerd als zaak {} (gemeente {})", zaak.getZaaknummer(), zaak.getGemeente());
        return zaak;
    }

    private void controleer(MeldingRequest melding, LocalDate ontvangen, LocalDate vandaag) {
        var fouten = new OngeldigeInvoerException();
        validator.validate(melding).forEach(v -> fouten.veld(v.getPropertyPath().toString(), v.getMessage()));
        if (melding.gemeente() != null && gemeenten.find(melding.gemeente()).isEmpty()) {
            fouten.veld("gemeente", "onbekende gemeente: " + melding.gemeente());
        }
        if (ontvangen.isAfter(vandaag)) {
            fouten.veld("ontvangen", "ligt in de toekomst");
        }
        var jeugdige = melding.jeugdige();
        if (jeugdige != null) {
            if (jeugdige.bsn() != null && !jeugdige.bsn().isBlank() && !Bsn.isGeldig(jeugdige.bsn())) {
                fouten.veld("jeugdige.bsn", "geen geldig BSN (elfproef)");
            }
            if (jeugdige.geboortedatum() != null) {
                controleerLeeftijd(jeugdige, ontvangen, vandaag, fouten);
            }
        }
        fouten.gooiAlsNodig();
    }

    private static void controleerLeeftijd(MeldingRequest.Jeugdige jeugdige, LocalDate ontvangen, LocalDate vandaag,
                                           OngeldigeInvoerException fouten) {
        if (jeugdige.geboortedatum().isAfter(vandaag)) {
            fouten.veld("jeugdige.geboortedatum", "ligt in de toekomst");
            return;
        }
        int leeftijd = Period.between(jeugdige.geboortedatum(), ontvangen).getYears();
        if (leeftijd >= VOORTZETTING_TOT) {
            fouten.veld("jeugdige.geboortedatum", "jeugdige is " + leeftijd + " jaar; jeugdhulp loopt tot "
                    + VOORTZETTING_TOT + " jaar");
        } else if (leeftijd >= MEERDERJARIG && leegAlsNull(jeugdige.voortzettingReden()) == null) {
            fouten.veld("jeugdige.voortzettingReden", "jeugdige is " + leeftijd
                    + " jaar; na het 18e jaar alleen als voortzetting, met reden");
        }
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }
}
