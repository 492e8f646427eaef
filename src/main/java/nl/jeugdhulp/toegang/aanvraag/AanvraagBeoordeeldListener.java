package nl.jeugdhulp.toegang.aanvraag;

import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.ALGEMENE_VOORZIENING_VOLDOENDE;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.ANDERE_VOORZIENING_VOLDOENDE;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.BEHEERBAAR;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.EERDER_FRAUDE;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.EERDER_NIET_BESTEED_OF_MISBRUIKT;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.EIGEN_KRACHT_VOLDOENDE;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.ERNSTIG_NADEEL_DREIGT;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.GEBRUIKELIJKE_ZORG;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.GEEN_OVERBELASTING;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.GESLOTEN_ACCOMMODATIE;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.HELPER_OUDER_DAN_21;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.JEUGDIGE_BLIJFT_WENSEN;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.JEUGDIGE_STEMT_IN;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.JEUGDRECLASSERING;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.KINDERBESCHERMINGSMAATREGEL;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.KWALITEIT_GEWAARBORGD;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.LEEFTIJD;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.MOTIVATIE_ZIN_PAST_NIET;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.NODIG_VOOR_FUNCTIONEREN_IN_GEZIN;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.NOODZAAK_NETWERK;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.ONJUISTE_GEGEVENS;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.PGB_PLAN_COMPLEET;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.SCHULDENPROBLEMATIEK;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.VERSLAVINGSPROBLEMATIEK;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.VERTEGENWOORDIGER_STEMT_IN;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.VERWIJZING_DOOR_ARTS;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.VOG_ZONDER_BEZWAAR;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.VOORTZETTING;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.WILSBEKWAAM;
import static nl.jeugdhulp.toegang.aanvraag.AanvraagVariabelen.ZWARE_BEPERKING;
import static nl.jeugdhulp.toegang.pgb.PgbVariabelen.SOCIAAL_NETWERK;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.OPSCHORTEN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VERDAAGD;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VERDAGEN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.VORM;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Judging the aanvraag. When the task opens, the facts the rules need from the dossier are put next to what
 * the consulent will enter: the age at the aanvraag and whether help continues past 18 (instemming, 004 art
 * 6.4-6.6; 002 §4.3.1) and whether an arts referred (afweging, 004 art 8.2). When it completes, the wished
 * form (004 art 9.1) is required, a verdaging (Awb 4:14) is allowed only once, and a suspension (Awb 4:15) only while
 * the term runs; the consulent chooses one of the two, not both.
 */
@Component("aanvraagBeoordeeldListener")
class AanvraagBeoordeeldListener implements TaskListener {

    private static final List<Variabele<Boolean>> FEITEN = List.of(WILSBEKWAAM, JEUGDIGE_STEMT_IN,
            VERTEGENWOORDIGER_STEMT_IN, ERNSTIG_NADEEL_DREIGT, JEUGDIGE_BLIJFT_WENSEN, GEBRUIKELIJKE_ZORG,
            EIGEN_KRACHT_VOLDOENDE, ALGEMENE_VOORZIENING_VOLDOENDE, ANDERE_VOORZIENING_VOLDOENDE,
            KINDERBESCHERMINGSMAATREGEL, JEUGDRECLASSERING, GESLOTEN_ACCOMMODATIE, ONJUISTE_GEGEVENS,
            EERDER_NIET_BESTEED_OF_MISBRUIKT, EERDER_FRAUDE, VERSLAVINGSPROBLEMATIEK, SCHULDENPROBLEMATIEK, BEHEERBAAR,
            MOTIVATIE_ZIN_PAST_NIET, KWALITEIT_GEWAARBORGD, PGB_PLAN_COMPLEET, SOCIAAL_NETWERK, ZWARE_BEPERKING,
            NODIG_VOOR_FUNCTIONEREN_IN_GEZIN, HELPER_OUDER_DAN_21, GEEN_OVERBELASTING, VOG_ZONDER_BEZWAAR,
            NOODZAAK_NETWERK);

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;

    AanvraagBeoordeeldListener(ZaakService zaken, Termijnbewaking termijnen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Zaak zaak = zaken.zaak(task.getExecution());
            var execution = task.getExecution();
            LEEFTIJD.schrijf(execution, zaak.getJeugdige().leeftijdOp(zaak.getAanvraag().datum()));
            VOORTZETTING.schrijf(execution, zaak.getVoortzettingReden().isPresent());
            VERWIJZING_DOOR_ARTS.schrijf(execution, zaak.getVerwijzing().isPresent());
            VERDAAGD.schrijf(execution, VERDAAGD.lees(execution).orElse(false));
            OPSCHORTEN.schrijf(execution, false);
            // A form does not send the fields it hides; the rules read every input, so each starts as "no".
            for (Variabele<Boolean> feit : FEITEN) {
                feit.schrijf(execution, feit.lees(execution).orElse(false));
            }
            return;
        }
        VORM.verplicht(task);
        boolean verdagen = VERDAGEN.lees(task).orElse(false);
        boolean opschorten = OPSCHORTEN.lees(task).orElse(false);
        if (verdagen && opschorten) {
            throw new Stapweigering("Kies verdagen of opschorten, niet allebei");
        }
        if (verdagen) {
            termijnen.controleerVerdaging(zaken.zaak(task.getExecution()));
        }
        if (opschorten) {
            termijnen.controleerOpschorting(zaken.zaak(task.getExecution()));
        }
        VERDAGEN.schrijf(task.getExecution(), verdagen);
        OPSCHORTEN.schrijf(task.getExecution(), opschorten);
    }
}
