package nl.jeugdhulp.toegang.verslag;

import static nl.jeugdhulp.toegang.verslag.VerslagVariabelen.OPMERKINGEN_FAMILIE_TEKST;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The verslag's texts from the task's fields (004 art 6.1, 6.3), for {@link Verslagen}. The texts go to the dossier
 * and into the letter, never into the process history.
 */
@Component("verslagOpgesteldListener")
class VerslagOpgesteldListener implements TaskListener {

    private final ZaakService zaken;
    private final Verslagen verslagen;

    VerslagOpgesteldListener(ZaakService zaken, Verslagen verslagen) {
        this.zaken = zaken;
        this.verslagen = verslagen;
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
        verslagen.opgesteld(zaak, uitkomsten, opmerkingen);
    }
}
