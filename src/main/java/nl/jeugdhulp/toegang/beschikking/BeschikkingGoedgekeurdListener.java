package nl.jeugdhulp.toegang.beschikking;

import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.GOEDGEKEURD;
import static nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen.OPGESTELD_DOOR;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.REGISSEUR;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Beslissingen;

/**
 * Four eyes (Dalfsen 001 §4): a team leader other than the consulent who prepared it approves a large or long
 * toekenning before it is sent, or sends it back with the reason.
 */
@Component("beschikkingGoedgekeurdListener")
class BeschikkingGoedgekeurdListener implements TaskListener {

    private final Beschikkingen beschikkingen;
    private final Beslissingen beslissingen;

    BeschikkingGoedgekeurdListener(Beschikkingen beschikkingen, Beslissingen beslissingen) {
        this.beschikkingen = beschikkingen;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        beschikkingen.vierOgen(Uitvoerder.van(task), OPGESTELD_DOOR.lees(task), REGISSEUR.lees(task));
        boolean goedgekeurd = GOEDGEKEURD.verplicht(task);
        String toelichting = goedgekeurd ? TOELICHTING_TEKST.neem(task).orElse("Akkoord.")
                : TOELICHTING_TEKST.verplicht(task, "wat moet er anders aan de beschikking");
        beslissingen.leg(task, "vier ogen", goedgekeurd ? "goedgekeurd" : "teruggestuurd", toelichting + " (001 §4)");
    }
}
