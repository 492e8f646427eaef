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
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
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

    private static final Pattern TIJD = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;
    private final EngineClock klok;

    AfspraakGeplandListener(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen, EngineClock klok) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        boolean vooronderzoekAfgezien = VOORONDERZOEK_AFGEZIEN.lees(task).orElse(false);
        boolean gesprekAfgezien = GESPREK_AFGEZIEN.lees(task).orElse(false);
        GESPREK_AFGEZIEN.schrijf(task.getExecution(), gesprekAfgezien);
        // Taken out in any case: free text never stays behind as a variable.
        String toelichting = vooronderzoekAfgezien || gesprekAfgezien
                ? TOELICHTING_TEKST.verplicht(task, "waarom is in overleg met het gezin afgezien")
                : TOELICHTING_TEKST.neem(task).orElse(null);
        if (vooronderzoekAfgezien) {
            beslissingen.leg(task, "vooronderzoek", "afgezien in overleg met het gezin", toelichting + " (004 art 4.3)");
        }
        termijnen.afsluiten(zaak, Termijnsoort.AFSPRAAK, klok.today());
        boolean andersUitgenodigd = !gesprekAfgezien && ANDERS_UITGENODIGD.lees(task).orElse(false);
        ANDERS_UITGENODIGD.schrijf(task.getExecution(), andersUitgenodigd);
        if (!gesprekAfgezien) {
            LocalDate gepland = Stapinvoer.nietVoorMelding(GESPREK_GEPLAND, task, zaak.getOntvangen());
            // A letter dated today cannot invite for a day that has passed (004 art 4.2): such an appointment was
            // made otherwise, by telephone, and the consulent says so; no letter goes out then.
            if (gepland.isBefore(klok.today()) && !andersUitgenodigd) {
                throw new Stapweigering(GESPREK_GEPLAND.naam() + " ligt voor vandaag: een uitnodiging per brief kan dan niet"
                        + " meer; zet andersUitgenodigd als het gezin op een andere manier is uitgenodigd");
            }
            if (andersUitgenodigd) {
                beslissingen.leg(task, "uitnodiging", "op een andere manier uitgenodigd",
                        "Het gezin is buiten een brief om uitgenodigd; er gaat geen uitnodiging per brief.");
            }
            String tijd = GESPREK_TIJD.verplicht(task).strip();
            if (!TIJD.matcher(tijd).matches()) {
                throw new Stapweigering(GESPREK_TIJD.naam() + " is geen tijd; verwacht UU:MM, zoals 14:30");
            }
            // The invitation (004 art 4.2) names the day, the time and the place.
            zaak.afspraakGepland(gepland, tijd, GESPREK_LOCATIE_TEKST.verplicht(task, "waar is het gesprek"));
            return;
        }
        GESPREK_LOCATIE_TEKST.verwijder(task);
        FAMILIEGROEPSPLAN_GEWENST.verplicht(task);
        boolean verslagGewenst = VERSLAG_GEWENST.verplicht(task);
        beslissingen.leg(task, "gesprek", "afgezien in overleg met het gezin", toelichting + " (004 art 5.4)");
        zaak.gesprekAfgezien(klok.today());
        termijnen.vervallen(zaak, Termijnsoort.GESPREK);
        termijnen.start(zaak, Termijnsoort.VERSLAG);
        if (!verslagGewenst) {
            termijnen.vervallen(zaak, Termijnsoort.VERSLAG);
            beslissingen.leg(task, "verslag", "niet gewenst", "Het gezin wil geen verslag (004 art 6.2).");
        }
    }
}
