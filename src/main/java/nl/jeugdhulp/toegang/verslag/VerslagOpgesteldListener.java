package nl.jeugdhulp.toegang.verslag;

import static nl.jeugdhulp.toegang.verslag.VerslagVariabelen.OPMERKINGEN_FAMILIE_TEKST;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Stadskanaal 004 art 6.1: the verslag gives the outcome of the onderzoek. Every topic the gesprek covered
 * (004 art 5.1) needs its outcome; the family's own remarks are added (art 6.3). The texts go to the dossier
 * and into the letter, never into the process history.
 */
@Component("verslagOpgesteldListener")
class VerslagOpgesteldListener implements TaskListener {

    private final ZaakService zaken;

    VerslagOpgesteldListener(ZaakService zaken) {
        this.zaken = zaken;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        Map<Gespreksonderwerp, String> uitkomsten = new EnumMap<>(Gespreksonderwerp.class);
        for (Gespreksonderwerp onderwerp : Gespreksonderwerp.values()) {
            Optional<String> uitkomst = onderwerp.uitkomst().neem(task).filter(tekst -> !tekst.isEmpty());
            uitkomst.ifPresent(tekst -> uitkomsten.put(onderwerp, tekst));
        }
        String opmerkingen = OPMERKINGEN_FAMILIE_TEKST.neem(task).filter(tekst -> !tekst.isEmpty()).orElse(null);
        var zonderUitkomst = zaak.zonderUitkomst(uitkomsten).stream()
                .map(onderwerp -> onderwerp.uitkomst().variabele().naam())
                .toList();
        if (!zonderUitkomst.isEmpty()) {
            throw new Stapweigering("Het gesprek besprak deze onderwerpen; geef de uitkomst: " + String.join(", ", zonderUitkomst));
        }
        if (uitkomsten.isEmpty()) {
            throw new Stapweigering("Het verslag geeft de uitkomst van het onderzoek voor minstens één onderwerp (004 art 6.1)");
        }
        zaak.verslagOpgesteld(uitkomsten, opmerkingen);
    }
}
