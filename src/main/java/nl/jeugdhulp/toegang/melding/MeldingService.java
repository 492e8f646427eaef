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
 * Invalid input is rejected before anything is written, so a 400 leaves no trace.
 */
@Service
public class MeldingService {

    static final String PROCES = "jeugdhulp-toegang";
    /** Jeugdhulp is for minors; from 18 it only continues, and never past 23 (Kampen 002 §4.3.1). */
    static final int MEERDERJARIG = 18;
    static final int VOORTZETTING_TOT = 23;
    /** The Jeugdwet took effect on 1 January 2015; a melding cannot be older. */
    static final LocalDate JEUGDWET = LocalDate.of(2015, 1, 1);

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
        LocalDate vandaag = klok.today();
        LocalDate ontvangen = melding.ontvangen() == null ? vandaag : melding.ontvangen();
        controleer(melding, ontvangen, vandaag);
        if (!medewerker.werktVoor(melding.gemeente())) {
            throw new GeenToegangException("Je werkt niet voor gemeente '" + melding.gemeente()
                    + "'; registreer de melding bij die gemeente, of stuur haar door.");
        }

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

    private void controleer(MeldingRequest melding, LocalDate ontvangen, LocalDate vandaag) {
        var fouten = new OngeldigeInvoerException();
        validator.validate(melding).forEach(v -> fouten.veld(v.getPropertyPath().toString(), v.getMessage()));
        if (melding.gemeente() != null && gemeenten.find(melding.gemeente()).isEmpty()) {
            fouten.veld("gemeente", "onbekende gemeente: " + melding.gemeente());
        }
        if (ontvangen.isAfter(vandaag)) {
            fouten.veld("ontvangen", "ligt in de toekomst");
        } else if (ontvangen.isBefore(JEUGDWET)) {
            fouten.veld("ontvangen", "ligt voor 1 januari 2015, toen de Jeugdwet inging");
        }
        controleerTekens(melding, fouten);
        if (melding.verwijzer() != null && melding.aanbieder() == null) {
            fouten.veld("aanbieder", "verplicht bij een verwijzing: naar welke aanbieder is verwezen");
        } else if (melding.verwijzer() == null && melding.aanbieder() != null) {
            fouten.veld("verwijzer", "verplicht als een aanbieder is genoemd");
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
        if (jeugdige.geboortedatum().isAfter(ontvangen)) {
            fouten.veld("jeugdige.geboortedatum", "ligt na de ontvangst van de melding");
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

    /** Control characters have no place in names or text, and PostgreSQL refuses NUL outright. */
    private static void controleerTekens(MeldingRequest melding, OngeldigeInvoerException fouten) {
        geenStuurtekens("gemeente", melding.gemeente(), false, fouten);
        geenStuurtekens("hulpvraag", melding.hulpvraag(), true, fouten);
        if (melding.melder() != null) {
            geenStuurtekens("melder.naam", melding.melder().naam(), false, fouten);
        }
        var jeugdige = melding.jeugdige();
        if (jeugdige != null) {
            geenStuurtekens("jeugdige.voornamen", jeugdige.voornamen(), false, fouten);
            geenStuurtekens("jeugdige.achternaam", jeugdige.achternaam(), false, fouten);
            geenStuurtekens("jeugdige.voortzettingReden", jeugdige.voortzettingReden(), true, fouten);
        }
        if (melding.gezag() != null) {
            geenStuurtekens("gezag.gemeente", melding.gezag().gemeente(), false, fouten);
        }
        if (melding.verwijzer() != null) {
            geenStuurtekens("verwijzer.naam", melding.verwijzer().naam(), false, fouten);
        }
        if (melding.aanbieder() != null) {
            geenStuurtekens("aanbieder.naam", melding.aanbieder().naam(), false, fouten);
        }
        if (melding.gedwongenKader() != null) {
            geenStuurtekens("gedwongenKader.instelling", melding.gedwongenKader().instelling(), false, fouten);
        }
    }

    private static void geenStuurtekens(String veld, String tekst, boolean regelsToegestaan, OngeldigeInvoerException fouten) {
        if (tekst != null && tekst.chars().anyMatch(c -> Character.isISOControl(c)
                && !(regelsToegestaan && (c == '\n' || c == '\r' || c == '\t')))) {
            fouten.veld(veld, "bevat stuurtekens");
        }
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }
}
