package nl.jeugdhulp.toegang.melding;

import java.time.LocalDate;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.fout.GeenToegangException;
import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Medewerker;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.GedwongenKader;
import nl.jeugdhulp.toegang.zaak.Jeugdige;
import nl.jeugdhulp.toegang.zaak.Melder;
import nl.jeugdhulp.toegang.zaak.Verwijzing;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;
import nl.jeugdhulp.toegang.zaak.ZaakVariabelen;

/**
 * Registers a melding: the dossier row, its running deadlines and the process instance, in one transaction. The
 * process's first step, the ontvangstbevestiging, runs after it, as a job of its own.
 * Invalid input (the constraints of {@link MeldingRequest}) is rejected before anything is written, so a 400
 * leaves no trace.
 */
@Service
public class MeldingService {

    static final String PROCES = "jeugdhulp-toegang";

    private static final Logger LOG = LoggerFactory.getLogger(MeldingService.class);

    private final Validator validator;
    private final Gemeenten gemeenten;
    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final RuntimeService runtimeService;
    private final EngineClock klok;
    private final Medewerker medewerker;
    private final Verwerkingen verwerkingen;

    MeldingService(Validator validator, Gemeenten gemeenten, ZaakService zaken, Termijnbewaking termijnen,
                   RuntimeService runtimeService, EngineClock klok, Medewerker medewerker, Verwerkingen verwerkingen) {
        this.validator = validator;
        this.gemeenten = gemeenten;
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.runtimeService = runtimeService;
        this.klok = klok;
        this.medewerker = medewerker;
        this.verwerkingen = verwerkingen;
    }

    @Transactional
    public Zaak registreer(MeldingRequest melding) {
        controleer(melding);
        if (!medewerker.werktVoor(melding.gemeente())) {
            throw new GeenToegangException("Je werkt niet voor gemeente '" + melding.gemeente()
                    + "'; registreer de melding bij die gemeente, of stuur haar door.");
        }

        LocalDate ontvangen = melding.ontvangen() == null ? klok.today() : melding.ontvangen();
        var jeugdige = melding.jeugdige();
        Zaak zaak = zaken.registreer(new Zaak(melding.gemeente(), ontvangen, melding.kanaal(),
                new Melder(melding.melder().rol(), melding.melder().naam()),
                new Jeugdige(jeugdige.bsn(), jeugdige.voornamen(), jeugdige.achternaam(), jeugdige.geboortedatum()),
                leegAlsNull(jeugdige.voortzettingReden()), melding.hulpvraag()));
        routegegevens(melding, zaak);
        termijnen.startBijMelding(zaak);

        VariableMap variabelen = Variables.createVariables();
        ZaakVariabelen.GEMEENTE.schrijf(variabelen, zaak.getGemeente());
        ZaakVariabelen.ONTVANGEN.schrijf(variabelen, ontvangen);
        ZaakVariabelen.SPOED.schrijf(variabelen, zaak.isSpoed());
        ZaakVariabelen.GEZAG_ELDERS.schrijf(variabelen, zaak.getGezagGemeente().isPresent());
        ZaakVariabelen.VERWIJZING.schrijf(variabelen, zaak.getVerwijzing().isPresent());
        ZaakVariabelen.AANBIEDER_GECONTRACTEERD.schrijf(variabelen, zaak.getVerwijzing().filter(verwijzing ->
                verwijzing.naarGecontracteerde(gemeenten.get(zaak.getGemeente()).gecontracteerdeAanbieders())).isPresent());
        ZaakVariabelen.GEDWONGEN_KADER.schrijf(variabelen, zaak.getGedwongenKader().isPresent());
        ZaakVariabelen.CRISIS_AFGEHANDELD.schrijf(variabelen, false);
        runtimeService.startProcessInstanceByKey(PROCES, zaak.getZaaknummer(), variabelen);
        verwerkingen.gewijzigd(zaak, "melding");
        LOG.info("Melding geregistreerd als zaak {} (gemeente {})", zaak.getZaaknummer(), zaak.getGemeente());
        return zaak;
    }

    /** The gezag's gemeente is only kept when it is not this gemeente: then the melding may have to go there. */
    private void routegegevens(MeldingRequest melding, Zaak zaak) {
        zaak.spoed(Boolean.TRUE.equals(melding.spoed()));
        if (melding.gezag() != null && !gemeenten.get(zaak.getGemeente()).is(melding.gezag().gemeente())) {
            zaak.gezagIn(melding.gezag().gemeente().strip());
        }
        if (melding.verwijzer() != null) {
            var verwijzer = melding.verwijzer();
            zaak.verwezen(new Verwijzing(verwijzer.type(), verwijzer.agbCode(), verwijzer.naam(),
                    melding.aanbieder().agbCode(), melding.aanbieder().naam()));
        }
        if (melding.gedwongenKader() != null) {
            zaak.inGedwongenKader(new GedwongenKader(melding.gedwongenKader().maatregel(), melding.gedwongenKader().instelling()));
        }
    }

    private void controleer(MeldingRequest melding) {
        var fouten = new OngeldigeInvoerException();
        validator.validate(melding).forEach(v -> fouten.veld(v.getPropertyPath().toString(), v.getMessage()));
        fouten.gooiAlsNodig();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }
}
