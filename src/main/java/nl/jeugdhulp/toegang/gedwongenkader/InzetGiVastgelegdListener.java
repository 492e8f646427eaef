package nl.jeugdhulp.toegang.gedwongenkader;

import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.INGANGSDATUM;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.GedwongenKader;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Gedwongen kader (001 §2.6): the gecertificeerde instelling decided the help; the gemeente records it and
 * makes sure it is delivered, in kind: a PGB is excluded under a child-protection measure (002 §6.5).
 */
@Component("inzetGiVastgelegdListener")
class InzetGiVastgelegdListener implements TaskListener {

    private final ZaakService zaken;
    private final Beslissingen beslissingen;

    InzetGiVastgelegdListener(ZaakService zaken, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.beslissingen = beslissingen;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var ingang = Stapinvoer.nietVoorMelding(INGANGSDATUM, task, zaak.getOntvangen());
        String hulp = TOELICHTING_TEKST.verplicht(task, "welke hulp de gecertificeerde instelling heeft bepaald");
        GedwongenKader kader = zaak.getGedwongenKader().orElseThrow();
        zaak.aanvraagBeoordeeld(true, Voorzieningsvorm.ZIN);
        beslissingen.leg(task, "gedwongen kader", "hulp in natura vanaf " + ingang,
                "Bepaald door " + kader.instelling() + " (" + kader.maatregel() + "): " + hulp
                        + ". De gemeente levert deze hulp; geen PGB (001 §2.6; 002 §6.5).");
    }
}
