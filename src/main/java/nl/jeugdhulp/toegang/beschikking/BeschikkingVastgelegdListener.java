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

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.pgb.PgbAanvraag;
import nl.jeugdhulp.toegang.pgb.Verblijf;
import nl.jeugdhulp.toegang.pgb.Zorgsoort;
import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Looptijd;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Reads the beschikking the consulent drew up from the task's fields, lets {@link Beschikkingen} decide it, and
 * gives the process its outcome: the vier-ogen rule reads whether it grants, the duration and the amount.
 */
@Component("beschikkingVastgelegdListener")
class BeschikkingVastgelegdListener implements TaskListener {

    private final ZaakService zaken;
    private final Beschikkingen beschikkingen;

    BeschikkingVastgelegdListener(ZaakService zaken, Beschikkingen beschikkingen) {
        this.zaken = zaken;
        this.beschikkingen = beschikkingen;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var execution = task.getExecution();
        String door = Uitvoerder.van(task).orElse("onbekend");
        boolean toekenning = AANVRAAG_IN_BEHANDELING.verplicht(task) && INDIVIDUELE_VOORZIENING.verplicht(task);
        Beschikkingen.Besluit besluit;
        if (toekenning) {
            Looptijd looptijd = beschikkingen.looptijd(zaak, INGANGSDATUM.verplicht(task), EINDDATUM.verplicht(task));
            var toegekend = new Beschikkingen.Toekenning(VOORZIENING_TEKST.verplicht(task, "welke jeugdhulp wordt toegekend"),
                    BEOOGD_RESULTAAT_TEKST.verplicht(task, "wat de hulp moet bereiken"),
                    SAMENHANGENDE_VOORZIENINGEN_TEKST.neem(task).filter(tekst -> !tekst.isEmpty()).orElse(null),
                    VORM.verplicht(task), PGB_TOEGESTAAN.lees(task).orElse(false));
            besluit = beschikkingen.kenToe(zaak, toegekend, looptijd, () -> pgbAanvraag(task, zaak.getGemeente()), door);
        } else {
            List.of(VOORZIENING_TEKST, BEOOGD_RESULTAAT_TEKST, SAMENHANGENDE_VOORZIENINGEN_TEKST)
                    .forEach(tekst -> tekst.verwijder(task));
            besluit = beschikkingen.wijsAf(zaak, door);
        }
        TOEKENNING.schrijf(execution, besluit.toekenning());
        OPGESTELD_DOOR.schrijf(execution, door);
        DUUR_MAANDEN.schrijf(execution, besluit.duurMaanden());
        PGB_BEDRAG_EURO.schrijf(execution, besluit.pgbBedrag().doubleValue());
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
