package nl.jeugdhulp.toegang.onderzoek;

import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.FAMILIEGROEPSPLAN_GEWENST;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GEINFORMEERD;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_DATUM;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.TOESTEMMING_GEGEVENSVERWERKING;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.VERSLAG_GEWENST;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The keukentafelgesprek was held (Kampen 002 §2.3.2, Stadskanaal 004 art 5): its date decides whether the
 * GESPREK term was met; the topics covered (004 art 5.1 a-i) and the consent to process personal data
 * (004 art 5.3) go into the dossier, and the family must have been told how things go (art 5.3); the family's
 * wishes about a familiegroepsplan and a verslag route the process. Without a wish for a verslag the VERSLAG
 * term does not apply (004 art 6.2).
 */
@Component("gesprekGevoerdListener")
class GesprekGevoerdListener implements TaskListener {

    private final ZaakService zaken;
    private final Onderzoeken onderzoeken;
    private final EngineClock klok;

    GesprekGevoerdListener(ZaakService zaken, Onderzoeken onderzoeken, EngineClock klok) {
        this.zaken = zaken;
        this.onderzoeken = onderzoeken;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var gesprekDatum = Stapinvoer.gebeurd(GESPREK_DATUM, task, zaak.getOntvangen(), klok.today());
        onderzoeken.vereisGeinformeerd(GEINFORMEERD.verplicht(task));
        boolean toestemming = TOESTEMMING_GEGEVENSVERWERKING.verplicht(task);
        var onderwerpen = Arrays.stream(Gespreksonderwerp.values())
                .filter(onderwerp -> onderwerp.variabele().lees(task).orElse(false))
                .toList();
        FAMILIEGROEPSPLAN_GEWENST.verplicht(task);
        onderzoeken.gesprekGevoerd(zaak, gesprekDatum, toestemming, onderwerpen, VERSLAG_GEWENST.verplicht(task),
                Uitvoerder.van(task).orElse("onbekend"));
    }
}
