package nl.jeugdhulp.toegang.termijn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.gemeente.Startpunt;
import nl.jeugdhulp.toegang.gemeente.Verlenging;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakRepository;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;

/**
 * The deadlines of a zaak: started when their event happens, closed when their step is done, lapsed, overrun or
 * postponed, and the days a reminder and a task's due date fall on. Every date comes from the calendar
 * ({@link TermijnCalculator}, {@link Werkdagenkalender}). The BPMN reaches it through {@link Termijnen}.
 */
@Service
@Transactional
public class Termijnbewaking {

    /** Tasklist shows a task as "follow up" this many werkdagen before its deadline. */
    static final int HERINNERING_WERKDAGEN = 3;
    /**
     * A team leader judges an overrun within this many werkdagen of its escalation: our choice (issue 16 §5); the
     * seeds set no term for it.
     */
    static final int BEOORDELEN_WERKDAGEN = 2;

    private final ZaakRepository zaken;
    private final Gemeenten gemeenten;
    private final TermijnCalculator calculator;
    private final Werkdagenkalender kalender;
    private final EngineClock klok;

    Termijnbewaking(ZaakRepository zaken, Gemeenten gemeenten, TermijnCalculator calculator, Werkdagenkalender kalender,
                    EngineClock klok) {
        this.zaken = zaken;
        this.gemeenten = gemeenten;
        this.calculator = calculator;
        this.kalender = kalender;
        this.klok = klok;
    }

    /**
     * At registration: every term that counts from the melding starts running. An urgent melding gets only the
     * crisis terms, counted from the moment it is registered; its onderzoek terms start after the crisis.
     */
    public void startBijMelding(Zaak zaak) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        for (Termijnsoort soort : Termijnsoort.values()) {
            if (gemeente.regel(soort).na() != Startpunt.MELDING || soort.alleenBijSpoed() != zaak.isSpoed()) {
                continue;
            }
            zaak.voegToe(new Zaaktermijn(soort.alleenBijSpoed() ? calculator.bereken(gemeente, soort, klok.now())
                    : calculator.bereken(gemeente, soort, zaak.getOntvangen())));
        }
    }

    /**
     * After a crisis the follow-up help is fixed today; the terms of the onderzoek that count from the melding
     * count from today instead, so the family gets the full time for vooronderzoek and gesprek (a choice of
     * ours: the seeds do not say how the crisis route and the regular terms meet; see README "Routes").
     */
    public void startNaCrisis(Zaak zaak) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        for (Termijnsoort soort : Termijnsoort.values()) {
            if (gemeente.regel(soort).na() == Startpunt.MELDING && !soort.alleenBijSpoed() && zaak.termijn(soort).isEmpty()) {
                var berekening = calculator.bereken(gemeente, soort, klok.today());
                zaak.voegToe(new Zaaktermijn(new Termijnberekening(berekening.gemeente(), soort, berekening.vanaf(),
                        berekening.uiterlijk(), berekening.uiterlijkOm(),
                        berekening.regel() + "; na een crisis geteld vanaf het vastleggen van de vervolghulp",
                        berekening.uitleg(), berekening.kalendereinde())));
            }
        }
    }

    /** Starts a term from its event; a term that already runs (it counts from the melding) is left as it is. */
    public void start(Zaak zaak, Termijnsoort soort) {
        if (zaak.termijn(soort).isPresent()) {
            return;
        }
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        LocalDate vanaf = switch (gemeente.regel(soort).na()) {
            case MELDING -> zaak.getOntvangen();
            case GESPREK -> zaak.getGesprek().gevoerdOfAfgezienOp().orElse(null);
            case AANVRAAG -> zaak.getAanvraag().datum();
            case BESCHIKKING -> zaak.getBeschikking().verzonden();
            case EINDE_BEZWAARTERMIJN -> zaak.termijn(Termijnsoort.BEZWAARTERMIJN).map(Zaaktermijn::getUiterlijk).orElse(null);
        };
        if (vanaf == null) {
            throw new IllegalStateException("Termijn " + soort + " kan nog niet starten: " + gemeente.regel(soort).na()
                    + " heeft nog niet plaatsgevonden in zaak " + zaak.getZaaknummer());
        }
        zaak.voegToe(new Zaaktermijn(calculator.bereken(gemeente, soort, vanaf)));
    }

    /** The step was done just now: for an hour-based term the moment counts, not the day. */
    public void afsluiten(Zaak zaak, Termijnsoort soort) {
        termijn(zaak, soort).afsluiten(klok.now());
    }

    /** The step was done on {@code datum}. */
    public void afsluiten(Zaak zaak, Termijnsoort soort, LocalDate datum) {
        termijn(zaak, soort).afsluiten(datum.atStartOfDay(EngineClock.ZONE).toInstant());
    }

    /** The step will not happen in this zaak: the family declined it, or let its own term pass. */
    public void vervallen(Zaak zaak, Termijnsoort soort) {
        termijn(zaak, soort).vervallen();
    }

    /**
     * The zaak leaves the route whose steps these terms measure (forwarded, referred, or decided by a
     * gecertificeerde instelling): every running term lapses, so none escalates or shows as at risk.
     */
    public void lopendeVervallen(Zaak zaak) {
        zaak.getTermijnen().stream()
                .filter(termijn -> termijn.getStatus() == TermijnStatus.LOPEND)
                .forEach(Zaaktermijn::vervallen);
    }

    /**
     * Verdaging (Awb 4:14; Kampen 002 §2.5): the decision term moves once by the gemeente's verdaging, counted
     * from its last day. A second verdaging is refused.
     */
    public LocalDate verdagen(Zaak zaak, String reden) {
        controleerVerdaging(zaak);
        Zaaktermijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        Verlenging verdaging = gemeente.verdaging();
        var einde = kalender.einde(termijn.getUiterlijk(), verdaging.aantal(), verdaging.eenheid(), gemeente.geslotenDagen());
        termijn.verdagen(einde.kalendereinde(), einde.uiterlijk(), verdaging.omschrijving(), reden);
        return termijn.getUiterlijk();
    }

    /**
     * Awb 4:5 and 4:15 lid 1: today the gemeente asks the family to complete the aanvraag by {@code aanvullenUiterlijk}.
     * The beslistermijn stops from tomorrow until the aanvulling comes or that date passes unused.
     */
    public void aanvullingVragen(Zaak zaak, LocalDate aanvullenUiterlijk, String toelichting) {
        Zaaktermijn termijn = lopendeBeslistermijn(zaak);
        LocalDate vandaag = klok.today();
        if (!aanvullenUiterlijk.isAfter(vandaag)) {
            throw new Stapweigering("De datum voor de aanvulling moet na vandaag (" + vandaag + ") liggen: het gezin "
                    + "moet tijd krijgen om de gegevens te sturen (Awb 4:5)");
        }
        if (!vandaag.isBefore(termijn.getKalendereinde())) {
            throw new Stapweigering("De opschorting begint de dag na het verzoek, en de beslistermijn telt maar tot en met "
                    + termijn.getKalendereinde() + ": vraag de aanvulling eerder, of verdaag (Awb 4:14, 4:15)");
        }
        Opschorting verzoek = Opschorting.aanvulling(vandaag, aanvullenUiterlijk, toelichting);
        geenDagTweeKeer(termijn, verzoek);
        termijn.opschorten(verzoek);
    }

    /**
     * The family completed the aanvraag on {@code ontvangen}: the term runs again from that day, and never later than
     * the day after the date set for it (Awb 4:15 lid 1: "tot de dag waarop", so that day itself runs). Returns the
     * suspension as it ended.
     */
    public Opschorting aanvullingOntvangen(Zaak zaak, LocalDate ontvangen) {
        Zaaktermijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        Opschorting lopend = lopendeOpschorting(zaak, termijn);
        LocalDate gevraagd = lopend.van().minusDays(1);
        if (ontvangen.isBefore(gevraagd) || ontvangen.isAfter(klok.today())) {
            throw new Stapweigering("De aanvulling moet ontvangen zijn tussen het verzoek (" + gevraagd + ") en vandaag ("
                    + klok.today() + ")");
        }
        // Answered the day of the request or the day after: it stood still for no day.
        LocalDate laatsteDag = ontvangen.isBefore(lopend.van()) ? lopend.van().minusDays(1) : ontvangen.minusDays(1);
        return hervatten(zaak, termijn, laatsteDag.isAfter(lopend.aanvullenUiterlijk()) ? lopend.aanvullenUiterlijk() : laatsteDag);
    }

    /** The date set for the aanvulling passed unused: the term runs again from the day after (Awb 4:15 lid 1). */
    public Opschorting aanvullingUitgebleven(Zaak zaak) {
        Zaaktermijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        return hervatten(zaak, termijn, lopendeOpschorting(zaak, termijn).aanvullenUiterlijk());
    }

    /** The date the family was given for the aanvulling the gemeente waits for. */
    public LocalDate aanvullenUiterlijk(Zaak zaak) {
        return lopendeOpschorting(zaak, termijn(zaak, Termijnsoort.BESCHIKKING)).aanvullenUiterlijk();
    }

    /**
     * Awb 4:15 lid 2 onder a and b: the applicant agreed in writing to a delay, or caused one, from {@code van} up to and
     * including {@code tot}. The term's last day moves at once by those days. The period must begin within the running
     * term, after the aanvraag, and share no day with an earlier suspension: a day counts once.
     */
    public Opschorting opschorten(Zaak zaak, Opschortingsreden reden, LocalDate van, LocalDate tot, String toelichting) {
        if (reden == Opschortingsreden.AANVULLING) {
            throw new IllegalArgumentException("Een verzoek om aanvulling schort op tot de aanvulling komt: aanvullingVragen");
        }
        Zaaktermijn termijn = lopendeBeslistermijn(zaak);
        if (tot.isBefore(van)) {
            throw new Stapweigering("De opschorting eindigt (" + tot + ") voor ze begint (" + van + ")");
        }
        // Within the count: a period after it (in the days the Atw added) would leave nothing of the term to run.
        if (!van.isAfter(termijn.getVanaf()) || van.isAfter(termijn.getKalendereinde())) {
            throw new Stapweigering("De opschorting moet beginnen binnen de beslistermijn: van " + termijn.getVanaf().plusDays(1)
                    + " tot en met " + termijn.getKalendereinde());
        }
        Opschorting opschorting = Opschorting.periode(reden, van, tot, toelichting);
        geenDagTweeKeer(termijn, opschorting);
        termijn.opschorten(opschorting);
        verschuiven(zaak, termijn, opschorting.dagen());
        return opschorting;
    }

    /** A suspension is possible only while the decision term still runs (Awb 4:15). */
    public void controleerOpschorting(Zaak zaak) {
        lopendeBeslistermijn(zaak);
    }

    private static void geenDagTweeKeer(Zaaktermijn termijn, Opschorting nieuw) {
        termijn.getOpschortingen().stream().filter(nieuw::overlapt).findFirst().ifPresent(eerder -> {
            throw new Stapweigering("De beslistermijn was van " + eerder.van() + " tot en met " + eerder.tot()
                    + " al opgeschort; een dag telt maar één keer");
        });
    }

    private Zaaktermijn lopendeBeslistermijn(Zaak zaak) {
        Zaaktermijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        if (termijn.getStatus() != TermijnStatus.LOPEND || klok.today().isAfter(termijn.getUiterlijk())) {
            throw new Stapweigering("De beslistermijn van zaak " + zaak.getZaaknummer() + " loopt niet meer ("
                    + termijn.getUiterlijk() + "); opschorten kan alleen binnen de termijn (Awb 4:15)");
        }
        return termijn;
    }

    private static Opschorting lopendeOpschorting(Zaak zaak, Zaaktermijn termijn) {
        return termijn.lopendeOpschorting().orElseThrow(() -> new IllegalStateException(
                "De beslistermijn van zaak " + zaak.getZaaknummer() + " is niet opgeschort"));
    }

    private Opschorting hervatten(Zaak zaak, Zaaktermijn termijn, LocalDate laatsteDag) {
        Opschorting beeindigd = termijn.hervatten(laatsteDag);
        verschuiven(zaak, termijn, beeindigd.dagen());
        return beeindigd;
    }

    /**
     * The count of the term ends {@code dagen} calendar days later; the Atw then applies to where it ends. For a term in
     * werkdagen the suspended days are calendar days as well, added to its last day.
     */
    private void verschuiven(Zaak zaak, Zaaktermijn termijn, int dagen) {
        var einde = kalender.naarWerkdag(termijn.getKalendereinde().plusDays(dagen),
                gemeenten.get(zaak.getGemeente()).geslotenDagen());
        termijn.verschuiven(einde.kalendereinde(), einde.uiterlijk());
    }

    /** A verdaging is possible once, and only while the decision term still runs (Awb 4:14 lid 3). */
    public void controleerVerdaging(Zaak zaak) {
        Zaaktermijn termijn = termijn(zaak, Termijnsoort.BESCHIKKING);
        if (termijn.getStatus() != TermijnStatus.LOPEND || klok.today().isAfter(termijn.getUiterlijk())) {
            throw new Stapweigering("De beslistermijn van zaak " + zaak.getZaaknummer() + " is al verstreken ("
                    + termijn.getUiterlijk() + "); verdagen kan alleen binnen de termijn (Awb 4:14 lid 3)");
        }
        if (termijn.getVerdaagdVan().isPresent()) {
            throw new Stapweigering("De beslistermijn van zaak " + zaak.getZaaknummer()
                    + " is al eens verdaagd; dat kan maar één keer");
        }
    }

    /**
     * Every morning: a term of the family (the bezwaartermijn) whose last day has passed without its step becomes
     * VERSTREKEN, so it no longer counts as running. Nothing escalates: the process of the zaak has mostly ended by
     * then, and the gemeente missed nothing. Returns how many.
     */
    public int familietermijnenVerstrijken() {
        List<Termijnsoort> vanHetGezin = Arrays.stream(Termijnsoort.values()).filter(soort -> !soort.wordtBewaakt()).toList();
        return zaken.laatVerstrijken(vanHetGezin, klok.today());
    }

    /**
     * The deadline passed while its step was still open: OVERSCHREDEN. Returns false, changing nothing, when
     * the termijn was no longer running (e.g. VERVALLEN because the family wants no verslag).
     */
    public boolean overschrijden(Zaak zaak, Termijnsoort soort) {
        Zaaktermijn termijn = termijn(zaak, soort);
        if (termijn.getStatus() != TermijnStatus.LOPEND) {
            return false;
        }
        termijn.overschrijden();
        return true;
    }

    /** The last day of the term; for an hour-based term, also its moment ({@link #moment}). */
    public LocalDate uiterlijk(Zaak zaak, Termijnsoort soort) {
        return termijn(zaak, soort).getUiterlijk();
    }

    /** The moment an hour-based term ends; empty for terms counted in days. */
    public Optional<Instant> moment(Zaak zaak, Termijnsoort soort) {
        return termijn(zaak, soort).getUiterlijkOm();
    }

    /** A reminder a few werkdagen before the last day, on the gemeente's own calendar. */
    public LocalDate herinnering(Zaak zaak, LocalDate uiterlijk) {
        return kalender.werkdagenVoor(uiterlijk, HERINNERING_WERKDAGEN, gemeenten.get(zaak.getGemeente()).geslotenDagen());
    }

    /** The last day for a team leader to judge an overrun escalated today, on the gemeente's own calendar. */
    public LocalDate beoordelenUiterlijk(Zaak zaak) {
        return kalender.einde(klok.today(), BEOORDELEN_WERKDAGEN, Eenheid.WERKDAGEN,
                gemeenten.get(zaak.getGemeente()).geslotenDagen()).uiterlijk();
    }

    /** The team leader's reminder for that judgement: the werkdag before its last day. */
    public LocalDate beoordelenHerinnering(Zaak zaak) {
        return kalender.werkdagenVoor(beoordelenUiterlijk(zaak), 1, gemeenten.get(zaak.getGemeente()).geslotenDagen());
    }

    /**
     * The last day of a term of that many werkdagen from today, on national holidays only: for the Tasklist filter
     * that spans gemeenten.
     */
    public LocalDate binnenWerkdagen(int aantal) {
        return kalender.einde(klok.today(), aantal, Eenheid.WERKDAGEN, Map.of()).uiterlijk();
    }

    private static Zaaktermijn termijn(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).orElseThrow(() -> new IllegalStateException(
                "Termijn " + soort + " loopt niet in zaak " + zaak.getZaaknummer()));
    }
}
