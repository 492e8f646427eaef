package nl.jeugdhulp.toegang.onderzoek;

import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.ANDERS_UITGENODIGD;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.FAMILIEGROEPSPLAN_GEWENST;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_AFGEZIEN;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_GEPLAND;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_LOCATIE_TEKST;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_TIJD;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.VERSLAG_GEWENST;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.VOORONDERZOEK_AFGEZIEN;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.proces.Uitvoerder;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * Kampen 002 §2.3.1: the appointment for the gesprek is made within the AFSPRAAK term; today it was made. In
 * agreement with the family the vooronderzoek (004 art 4.3) or the gesprek itself (004 art 5.4) may be skipped,
 * with the reason recorded. Without a gesprek its term lapses, the family's wishes about a familiegroepsplan
 * and a verslag are asked here, and the terms that count from the gesprek count from today. An appointment
 * before today is only recorded when the family was invited otherwise (by telephone): the invitation letter, dated
 * today, would invite them for a day gone by, so it is not sent.
 */
@Component("afspraakGeplandListener")
class AfspraakGeplandListener implements TaskListener {

    private final ZaakService zaken;
    private final Onderzoeken onderzoeken;

    AfspraakGeplandListener(ZaakService zaken, Onderzoeken onderzoeken) {
        this.zaken = zaken;
        this.onderzoeken = onderzoeken;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        String door = Uitvoerder.van(task).orElse("onbekend");
        boolean vooronderzoekAfgezien = VOORONDERZOEK_AFGEZIEN.lees(task).orElse(false);
        boolean gesprekAfgezien = GESPREK_AFGEZIEN.lees(task).orElse(false);
        GESPREK_AFGEZIEN.schrijf(task.getExecution(), gesprekAfgezien);
        // Taken out in any case: free text never stays behind as a variable.
        String toelichting = vooronderzoekAfgezien || gesprekAfgezien
                ? TOELICHTING_TEKST.verplicht(task, "waarom is in overleg met het gezin afgezien")
                : TOELICHTING_TEKST.neem(task).orElse(null);
        if (vooronderzoekAfgezien) {
            onderzoeken.vooronderzoekAfgezien(zaak, toelichting, door);
        }
        onderzoeken.afspraakGemaakt(zaak);
        boolean andersUitgenodigd = !gesprekAfgezien && ANDERS_UITGENODIGD.lees(task).orElse(false);
        ANDERS_UITGENODIGD.schrijf(task.getExecution(), andersUitgenodigd);
        if (!gesprekAfgezien) {
            LocalDate gepland = Stapinvoer.nietVoorMelding(GESPREK_GEPLAND, task, zaak.getOntvangen());
            onderzoeken.uitnodiging(zaak, gepland, andersUitgenodigd, door);
            String tijd = onderzoeken.tijd(GESPREK_TIJD.verplicht(task));
            zaak.afspraakGepland(gepland, tijd, GESPREK_LOCATIE_TEKST.verplicht(task, "waar is het gesprek"));
            return;
        }
        GESPREK_LOCATIE_TEKST.verwijder(task);
        FAMILIEGROEPSPLAN_GEWENST.verplicht(task);
        onderzoeken.gesprekAfgezien(zaak, toelichting, VERSLAG_GEWENST.verplicht(task), door);
    }
}
