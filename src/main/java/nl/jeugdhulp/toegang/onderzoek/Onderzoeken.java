package nl.jeugdhulp.toegang.onderzoek;

import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GEINFORMEERD;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_GEPLAND;
import static nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen.GESPREK_TIJD;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * The onderzoek (Kampen 002 §2.3.1-2.3.2; Stadskanaal 004 art 4-6): the appointment for the gesprek is made within
 * the AFSPRAAK term, the gesprek within the GESPREK term, and the VERSLAG term counts from the gesprek or from the day
 * it was waived. The family may waive the vooronderzoek (004 art 4.3), the gesprek (art 5.4) and the verslag
 * (art 6.2); each waiver is a beslissing with its reason.
 */
@Service
@Transactional
public class Onderzoeken {

    private static final Pattern TIJD = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;
    private final EngineClock klok;

    Onderzoeken(Termijnbewaking termijnen, Beslissingen beslissingen, EngineClock klok) {
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
        this.klok = klok;
    }

    public void vooronderzoekAfgezien(Zaak zaak, String toelichting, String door) {
        beslissingen.leg(zaak, "vooronderzoek", "afgezien in overleg met het gezin", toelichting + " (004 art 4.3)", door);
    }

    /** The appointment was made today, whatever comes of it: the AFSPRAAK term is met or overrun now. */
    public void afspraakGemaakt(Zaak zaak) {
        termijnen.afsluiten(zaak, Termijnsoort.AFSPRAAK, klok.today());
    }

    /**
     * The invitation (004 art 4.2) names the day, the time and the place. A letter dated today cannot invite for a
     * day that has passed: such an appointment was made otherwise, by telephone, and no letter goes out then.
     */
    public void uitnodiging(Zaak zaak, LocalDate op, boolean andersUitgenodigd, String door) {
        if (op.isBefore(klok.today()) && !andersUitgenodigd) {
            throw new Stapweigering(GESPREK_GEPLAND.naam() + " ligt voor vandaag: een uitnodiging per brief kan dan niet"
                    + " meer; zet andersUitgenodigd als het gezin op een andere manier is uitgenodigd");
        }
        if (andersUitgenodigd) {
            beslissingen.leg(zaak, "uitnodiging", "op een andere manier uitgenodigd",
                    "Het gezin is buiten een brief om uitgenodigd; er gaat geen uitnodiging per brief.", door);
        }
    }

    /** The time as the invitation prints it: "14:30". */
    public String tijd(String tijd) {
        String uur = tijd.strip();
        if (!TIJD.matcher(uur).matches()) {
            throw new Stapweigering(GESPREK_TIJD.naam() + " is geen tijd; verwacht UU:MM, zoals 14:30");
        }
        return uur;
    }

    /** Without a gesprek its term lapses, and the terms that count from the gesprek count from today (004 art 5.4). */
    public void gesprekAfgezien(Zaak zaak, String toelichting, boolean verslagGewenst, String door) {
        beslissingen.leg(zaak, "gesprek", "afgezien in overleg met het gezin", toelichting + " (004 art 5.4)", door);
        zaak.gesprekAfgezien(klok.today());
        termijnen.vervallen(zaak, Termijnsoort.GESPREK);
        verslagTermijn(zaak, verslagGewenst, door);
    }

    /** The family must have been told how things go, their rights and duties and what follows (004 art 5.3). */
    public void vereisGeinformeerd(boolean geinformeerd) {
        if (!geinformeerd) {
            throw new Stapweigering(GEINFORMEERD.naam() + ": de jeugdige of ouders moeten geïnformeerd zijn over "
                    + "de gang van zaken, hun rechten en plichten en het vervolg (004 art 5.3)");
        }
    }

    /** The gesprek was held on {@code op}: its date decides whether the GESPREK term was met. */
    public void gesprekGevoerd(Zaak zaak, LocalDate op, boolean toestemming, List<Gespreksonderwerp> besproken,
                               boolean verslagGewenst, String door) {
        zaak.gesprekGevoerd(op, toestemming, besproken);
        termijnen.afsluiten(zaak, Termijnsoort.GESPREK, op);
        verslagTermijn(zaak, verslagGewenst, door);
    }

    /**
     * The VERSLAG term must exist before the verslag phase starts: its timer is set on entering it. Without a wish
     * for a verslag it does not apply (004 art 6.2).
     */
    private void verslagTermijn(Zaak zaak, boolean verslagGewenst, String door) {
        termijnen.start(zaak, Termijnsoort.VERSLAG);
        if (!verslagGewenst) {
            termijnen.vervallen(zaak, Termijnsoort.VERSLAG);
            beslissingen.leg(zaak, "verslag", "niet gewenst", "Het gezin wil geen verslag (004 art 6.2).", door);
        }
    }
}
