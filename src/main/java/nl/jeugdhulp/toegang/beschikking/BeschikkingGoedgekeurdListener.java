package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.GOEDGEKEURD;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPGESTELD_DOOR;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.REGISSEUR;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Beslissingen;

/**
 * Four eyes (Dalfsen 001 §4): a team leader other than the consulent who prepared it approves a large or long
 * toekenning before it is sent, or sends it back with the reason.
 */
@Component("beschikkingGoedgekeurdListener")
class BeschikkingGoedgekeurdListener implements TaskListener {

    private final Beslissingen beslissingen;

    BeschikkingGoedgekeurdListener(Beslissingen beslissingen) {
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        String beoordelaar = Uitvoerder.van(task).orElseThrow(
                () -> new Stapweigering("Vier ogen: onbekend wie goedkeurt; neem de taak eerst (001 §4)"));
        if (beoordelaar.equals(OPGESTELD_DOOR.lees(task).orElse(null)) || beoordelaar.equals(REGISSEUR.lees(task).orElse(null))) {
            throw new Stapweigering("Vier ogen: wie de beschikking opstelde of de zaak als regisseur heeft, keurt haar niet zelf goed (001 §4)");
        }
        boolean goedgekeurd = GOEDGEKEURD.verplicht(task);
        String toelichting = goedgekeurd ? TOELICHTING_TEKST.neem(task).orElse("Akkoord.")
                : TOELICHTING_TEKST.verplicht(task, "wat moet er anders aan de beschikking");
        beslissingen.leg(task, "vier ogen", goedgekeurd ? "goedgekeurd" : "teruggestuurd", toelichting + " (001 §4)");
    }
}
