package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.BEOOGD_RESULTAAT_TEKST;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.DUUR_MAANDEN;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPGESTELD_DOOR;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.SAMENHANGENDE_VOORZIENINGEN_TEKST;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.TOEKENNING;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.VOORZIENING_TEKST;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.AANKOMST;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.AFGESPROKEN_TARIEF;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.PGB_AANTAL;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.PGB_BEDRAG_EURO;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.SOCIAAL_NETWERK;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.VERTREK;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.ZIN_TARIEF;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.ZORGSOORT;
import static nl.jeugdhulp.toegang.regels.RegelVariabelen.AANVRAAG_IN_BEHANDELING;
import static nl.jeugdhulp.toegang.regels.RegelVariabelen.INDIVIDUELE_VOORZIENING;
import static nl.jeugdhulp.toegang.regels.RegelVariabelen.PGB_TOEGESTAAN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.EINDDATUM;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.INGANGSDATUM;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VORM;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.pgb.PgbAanvraag;
import nl.jeugdhulp.toegang.pgb.PgbBedrag;
import nl.jeugdhulp.toegang.pgb.PgbBerekening;
import nl.jeugdhulp.toegang.pgb.Verblijf;
import nl.jeugdhulp.toegang.pgb.Zorgsoort;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Looptijd;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The beschikking's content (004 art 9). The rules decided whether the aanvraag is taken into behandeling
 * (instemming) and whether an individuele voorziening is needed (afweging); a PGB that the PGB rule refused
 * becomes care in kind. A toekenning needs its start and end (art 9.2 b); a PGB its amount and how it was
 * computed (art 9.3 c). The vier-ogen rule reads the outcome, the duration and the amount.
 */
@Component("beschikkingVastgelegdListener")
class BeschikkingVastgelegdListener implements TaskListener {

    private final ZaakService zaken;
    private final PgbBerekening pgb;
    private final Beslissingen beslissingen;

    BeschikkingVastgelegdListener(ZaakService zaken, PgbBerekening pgb, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.pgb = pgb;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var execution = task.getExecution();
        boolean toekenning = AANVRAAG_IN_BEHANDELING.verplicht(task) && INDIVIDUELE_VOORZIENING.verplicht(task);
        TOEKENNING.schrijf(execution, toekenning);
        OPGESTELD_DOOR.schrijf(execution, Uitvoerder.van(task).orElse("onbekend"));
        if (!toekenning) {
            List.of(VOORZIENING_TEKST, BEOOGD_RESULTAAT_TEKST, SAMENHANGENDE_VOORZIENINGEN_TEKST)
                    .forEach(tekst -> tekst.verwijder(task));
            zaak.aanvraagBeoordeeld(false, null);
            DUUR_MAANDEN.schrijf(execution, 0);
            PGB_BEDRAG_EURO.schrijf(execution, 0.0);
            beslissingen.leg(task, "besluit", "afwijzing", "Zie de beslissingen instemming en afweging (004 art 6, 8).");
            return;
        }
        LocalDate ingang = INGANGSDATUM.verplicht(task);
        LocalDate einde = EINDDATUM.verplicht(task);
        if (einde.isBefore(ingang)) {
            throw new Stapweigering(EINDDATUM.naam() + " mag niet voor de ingangsdatum liggen (de hulp loopt tot en met de einddatum)");
        }
        if (ingang.isBefore(zaak.getAanvraagDatum())) {
            throw new Stapweigering(INGANGSDATUM.naam() + " mag niet voor de aanvraagdatum (" + zaak.getAanvraagDatum() + ") liggen");
        }
        // 004 art 9.2: the beschikking names the voorziening, the result it aims at and how it relates to other help.
        zaak.toegekend(VOORZIENING_TEKST.verplicht(task, "welke jeugdhulp wordt toegekend"),
                BEOOGD_RESULTAAT_TEKST.verplicht(task, "wat de hulp moet bereiken"),
                SAMENHANGENDE_VOORZIENINGEN_TEKST.neem(task).filter(tekst -> !tekst.isEmpty()).orElse(null),
                ingang, einde);
        Looptijd looptijd = new Looptijd(ingang, einde);
        DUUR_MAANDEN.schrijf(execution, looptijd.maandenNaarBoven());
        boolean pgbToegekend = VORM.verplicht(task) == Voorzieningsvorm.PGB && PGB_TOEGESTAAN.lees(task).orElse(false);
        Voorzieningsvorm vorm = pgbToegekend ? Voorzieningsvorm.PGB : Voorzieningsvorm.ZIN;
        zaak.aanvraagBeoordeeld(true, vorm);
        PGB_BEDRAG_EURO.schrijf(execution, 0.0);
        if (pgbToegekend) {
            PgbBedrag bedrag = pgb.bereken(pgbAanvraag(task, zaak.getGemeente()));
            PGB_BEDRAG_EURO.schrijf(execution, bedrag.bedrag().doubleValue());
            zaak.pgbBerekend(bedrag.bedrag(), bedrag.berekening());
            beslissingen.leg(task, "pgb-bedrag", bedrag.bedrag().toPlainString(), bedrag.berekening() + " (004 art 9.3c)");
        }
        beslissingen.leg(task, "besluit", "toekenning " + vorm + " " + looptijd,
                VORM.verplicht(task) == Voorzieningsvorm.PGB && !pgbToegekend
                        ? "PGB niet toegestaan (zie beslissing pgbToets); de hulp wordt in natura geleverd (002 §6.5)."
                        : "Zie de beslissing afweging (004 art 8, 9).");
    }

    private static PgbAanvraag pgbAanvraag(DelegateTask task, String gemeente) {
        Zorgsoort zorgsoort = ZORGSOORT.verplicht(task);
        boolean netwerk = SOCIAAL_NETWERK.lees(task).orElse(false);
        PgbAanvraag aanvraag = zorgsoort == Zorgsoort.KORTDUREND_VERBLIJF
                ? PgbAanvraag.voorVerblijven(gemeente, netwerk, List.of(new Verblijf(AANKOMST.verplicht(task), VERTREK.verplicht(task))))
                : PgbAanvraag.voorAantal(gemeente, zorgsoort, netwerk, PGB_AANTAL.verplicht(task));
        if (AFGESPROKEN_TARIEF.lees(task).isPresent()) {
            aanvraag = aanvraag.metAfgesprokenTarief(AFGESPROKEN_TARIEF.verplicht(task));
        }
        if (ZIN_TARIEF.lees(task).isPresent()) {
            aanvraag = aanvraag.metZinTarief(ZIN_TARIEF.verplicht(task));
        }
        return aanvraag;
    }
}
