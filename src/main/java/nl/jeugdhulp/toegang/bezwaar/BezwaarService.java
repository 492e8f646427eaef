package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.fout.NietGevondenException;
import nl.jeugdhulp.toegang.fout.NietMogelijkException;
import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakVariabelen;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/**
 * Registers a bezwaar against the beschikking of a zaak: the dossier row and its own process instance
 * ({@code bezwaar-behandelen}, business key = zaaknummer) in one transaction. Invalid input is refused before
 * anything is written; a failure later rolls both back.
 */
@Service
public class BezwaarService {

    static final String PROCES = "bezwaar-behandelen";
    private static final Logger LOG = LoggerFactory.getLogger(BezwaarService.class);

    private final Validator validator;
    private final ZichtbareZaken zaken;
    private final Gemeenten gemeenten;
    private final BezwaarRepository bezwaren;
    private final Beslistermijnen beslistermijnen;
    private final Termijnbewaking termijnen;
    private final RuntimeService runtimeService;
    private final EngineClock klok;
    private final Verwerkingen verwerkingen;

    BezwaarService(Validator validator, ZichtbareZaken zaken, Gemeenten gemeenten, BezwaarRepository bezwaren,
                   Beslistermijnen beslistermijnen, Termijnbewaking termijnen, RuntimeService runtimeService,
                   EngineClock klok, Verwerkingen verwerkingen) {
        this.validator = validator;
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.bezwaren = bezwaren;
        this.beslistermijnen = beslistermijnen;
        this.termijnen = termijnen;
        this.runtimeService = runtimeService;
        this.klok = klok;
        this.verwerkingen = verwerkingen;
    }

    @Transactional
    public Bezwaar registreer(String zaaknummer, BezwaarRequest verzoek) {
        Zaak zaak = zaken.zaak(zaaknummer);
        LocalDate beschikt = zaak.getBeschikking().verzondenOp().orElseThrow(() -> new NietMogelijkException("Zaak "
                + zaaknummer + " heeft nog geen verzonden beschikking; bezwaar kan pas daarna (Awb 6:7)."));
        // A beschikking sent before bezwaren were registered here gets its bezwaartermijn now; otherwise a no-op.
        termijnen.start(zaak, Termijnsoort.BEZWAARTERMIJN);
        Zaaktermijn bezwaartermijn = zaak.termijn(Termijnsoort.BEZWAARTERMIJN).orElseThrow();
        LocalDate vandaag = klok.today();
        LocalDate ontvangen = verzoek.ontvangen() == null ? vandaag : verzoek.ontvangen();
        controleer(verzoek, ontvangen, vandaag, beschikt);

        // Awb 6:9: in time when received on or before the last day. A late bezwaar is registered all the same:
        // whether the lateness is excusable (Awb 6:11) is the judgement of the first step of the process.
        boolean tijdig = !ontvangen.isAfter(bezwaartermijn.getUiterlijk());
        boolean adviescommissie = verzoek.adviescommissie();
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        Termijnberekening beslistermijn = beslistermijnen.bereken(gemeente, bezwaartermijn.getUiterlijk(), ontvangen,
                adviescommissie);
        Bezwaar bezwaar = bezwaren.save(new Bezwaar(zaak.getId(), leegAlsNull(verzoek.indiener()), ontvangen, tijdig,
                adviescommissie, beslistermijn));
        if (bezwaartermijn.getStatus() == TermijnStatus.LOPEND) {
            termijnen.afsluiten(zaak, Termijnsoort.BEZWAARTERMIJN, ontvangen);
        }

        VariableMap variabelen = Variables.createVariables();
        BezwaarVariabelen.BEZWAAR_ID.schrijf(variabelen, bezwaar.getId());
        BezwaarVariabelen.BEZWAAR_TIJDIG.schrijf(variabelen, tijdig);
        BezwaarVariabelen.ADVIESCOMMISSIE.schrijf(variabelen, adviescommissie);
        BezwaarVariabelen.BESLISTERMIJN_UITERLIJK.schrijf(variabelen, beslistermijn.uiterlijk());
        ZaakVariabelen.GEMEENTE.schrijf(variabelen, zaak.getGemeente());
        runtimeService.startProcessInstanceByKey(PROCES, zaaknummer, variabelen);
        verwerkingen.gewijzigd(zaak, "bezwaar " + bezwaar.getId());
        LOG.info("Bezwaar {} geregistreerd op zaak {} ({})", bezwaar.getId(), zaaknummer, tijdig ? "tijdig" : "na de termijn");
        return bezwaar;
    }

    /** One bezwaar of a zaak the user may see. */
    @Transactional(readOnly = true)
    public BezwaarView zichtbaar(String zaaknummer, Long id) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Bezwaar bezwaar = bezwaren.findById(id).filter(gevonden -> gevonden.getZaakId().equals(zaak.getId()))
                .orElseThrow(() -> new NietGevondenException("Bezwaar " + id + " niet gevonden in zaak " + zaaknummer));
        verwerkingen.ingezien(zaak, "bezwaar " + id);
        return BezwaarView.van(bezwaar);
    }

    private void controleer(BezwaarRequest verzoek, LocalDate ontvangen, LocalDate vandaag, LocalDate beschikkingVerzonden) {
        var fouten = new OngeldigeInvoerException();
        validator.validate(verzoek).forEach(v -> fouten.veld(v.getPropertyPath().toString(), v.getMessage()));
        if (ontvangen.isAfter(vandaag)) {
            fouten.veld("ontvangen", "ligt in de toekomst");
        } else if (ontvangen.isBefore(beschikkingVerzonden)) {
            fouten.veld("ontvangen", "ligt voor de verzending van de beschikking op " + beschikkingVerzonden);
        }
        String indiener = verzoek.indiener();
        if (indiener != null && indiener.chars().anyMatch(Character::isISOControl)) {
            fouten.veld("indiener", "bevat stuurtekens");
        }
        fouten.gooiAlsNodig();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
