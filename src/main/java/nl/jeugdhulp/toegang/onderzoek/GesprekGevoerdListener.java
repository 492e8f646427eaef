package nl.jeugdhulp.toegang.onderzoek;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.FAMILIEGROEPSPLAN_GEWENST;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.GESPREK_DATUM;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.TOESTEMMING_GEGEVENSVERWERKING;
import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.VERSLAG_GEWENST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.termijn.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The keukentafelgesprek was held (Kampen 002 §2.3.2, Stadskanaal 004 art 5): its date decides whether the
 * GESPREK term was met; consent to process personal data (004 art 5.3) goes into the dossier; the family's
 * wishes about a familiegroepsplan and a verslag route the process. Without a wish for a verslag the VERSLAG
 * term does not apply (004 art 6.2).
 */
@Component("gesprekGevoerdListener")
class GesprekGevoerdListener implements TaskListener {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final EngineClock klok;

    GesprekGevoerdListener(ZaakService zaken, Termijnbewaking termijnen, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var gesprekDatum = Stapinvoer.gebeurd(GESPREK_DATUM, task, zaak.getOntvangen(), klok.today());
        boolean toestemming = TOESTEMMING_GEGEVENSVERWERKING.verplicht(task);
        FAMILIEGROEPSPLAN_GEWENST.verplicht(task);
        boolean verslagGewenst = VERSLAG_GEWENST.verplicht(task);
        zaak.gesprekGevoerd(gesprekDatum, toestemming);
        termijnen.afsluiten(zaak, Termijnsoort.GESPREK, gesprekDatum);
        // The VERSLAG term must exist before the verslag phase starts: its timer is set on entering it.
        termijnen.start(zaak, Termijnsoort.VERSLAG);
        if (!verslagGewenst) {
            termijnen.vervallen(zaak, Termijnsoort.VERSLAG);
        }
    }
}
