package nl.jeugdhulp.toegang.brief;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.pgb.Bedragen;
import nl.jeugdhulp.toegang.termijn.Datums;
import nl.jeugdhulp.toegang.zaak.Beschikking;
import nl.jeugdhulp.toegang.zaak.Beslissing;
import nl.jeugdhulp.toegang.zaak.Gesprek;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Ingebrekestelling;
import nl.jeugdhulp.toegang.zaak.Jeugdige;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Verwijzing;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.Zaaktermijn;

/**
 * What a letter says, taken from the dossier's parts. Dates of deadlines come from the zaak's termijnen, which the
 * calendar computed, and the duration of a grant from its {@link nl.jeugdhulp.toegang.zaak.Looptijd}, as the
 * decision counted it; nothing is recomputed here.
 */
@Component
public class Briefinhoud {

    /** The decision tables whose motivering a beschikking gives as its reasons. */
    private static final List<String> REGELS = List.of("instemming", "afweging", "pgbToets");
    /** The outcomes that carry an afwijzing: the aanvraag is not taken into behandeling, or no voorziening is needed. */
    private static final List<String> AFWIJZEND = List.of("aanvraagInBehandeling = false", "individueleVoorziening = false");

    private final Gemeenten gemeenten;

    Briefinhoud(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    public Brief van(Zaak zaak, Briefsoort soort, LocalDate vandaag) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        Brief.Kop kop = kop(zaak, gemeente, vandaag);
        return switch (soort) {
            case ONTVANGSTBEVESTIGING -> ontvangstbevestiging(zaak, kop, vandaag);
            case UITNODIGING_GESPREK -> uitnodiging(zaak.getGesprek(), gemeente, kop);
            case VERSLAG -> verslag(zaak, gemeente, kop);
            case VERDAGINGSBERICHT -> verdaging(zaak, kop);
            case VERZOEK_OM_AANVULLING -> verzoekOmAanvulling(zaak, kop);
            case OPSCHORTINGSBERICHT -> opschorting(zaak, kop);
            case BESCHIKKING_DWANGSOM -> dwangsom(zaak, kop);
            case BESCHIKKING_ZIN, BESCHIKKING_PGB, BESCHIKKING_AFWIJZING -> beschikking(zaak, soort, kop);
            case DOORZENDBERICHT -> {
                var doorzending = zaak.getDoorzending().orElseThrow(() -> new IllegalStateException("De melding is niet doorgezonden"));
                yield new Brief.Doorzendbericht(kop, doorzending.aan(), Datums.datum(doorzending.op()));
            }
        };
    }

    /** The beschikking the dossier holds: a refusal, or a grant in kind or as a PGB. */
    public static Briefsoort beschikking(Zaak zaak) {
        if (!zaak.getAanvraag().toegekend()) {
            return Briefsoort.BESCHIKKING_AFWIJZING;
        }
        return zaak.getAanvraag().voorzieningsvorm() == Voorzieningsvorm.PGB ? Briefsoort.BESCHIKKING_PGB : Briefsoort.BESCHIKKING_ZIN;
    }

    /** From 18 the jeugdige acts for themselves (004 art 6.5); before that the letter goes to the parents. */
    private static Brief.Kop kop(Zaak zaak, Gemeente gemeente, LocalDate vandaag) {
        Jeugdige jeugdige = zaak.getJeugdige();
        String naam = jeugdige.naam();
        boolean meerderjarig = jeugdige.meerderjarigOp(vandaag);
        return new Brief.Kop(gemeente.naam(), gemeente.briefhoofd(), Datums.datum(vandaag), zaak.getZaaknummer(), naam,
                meerderjarig ? naam : "de ouders of verzorgers van " + naam,
                meerderjarig ? "Beste " + naam + "," : "Beste ouder of verzorger,", Datums.datum(zaak.getOntvangen()));
    }

    /**
     * The receipt promises the last days of the appointment and the gesprek (004 art 3.2). A melding registered late
     * may have passed them already: the letter does not promise a day gone by, it says the gemeente will call as
     * soon as it can (the termijn has escalated to the team leader by then).
     */
    private static Brief ontvangstbevestiging(Zaak zaak, Brief.Kop kop, LocalDate vandaag) {
        Optional<LocalDate> afspraak = lopend(zaak, Termijnsoort.AFSPRAAK);
        Optional<LocalDate> gesprek = lopend(zaak, Termijnsoort.GESPREK);
        return new Brief.Ontvangstbevestiging(kop, zaak.isSpoed(), nogTeGaan(afspraak, vandaag), voorbij(afspraak, vandaag),
                nogTeGaan(gesprek, vandaag), voorbij(gesprek, vandaag));
    }

    private static String nogTeGaan(Optional<LocalDate> uiterlijk, LocalDate vandaag) {
        return uiterlijk.filter(dag -> !dag.isBefore(vandaag)).map(Datums::datum).orElse(null);
    }

    private static boolean voorbij(Optional<LocalDate> uiterlijk, LocalDate vandaag) {
        return uiterlijk.filter(dag -> dag.isBefore(vandaag)).isPresent();
    }

    private static Brief uitnodiging(Gesprek gesprek, Gemeente gemeente, Brief.Kop kop) {
        LocalDate dag = gesprek.afspraakOp().orElseThrow(() -> new IllegalStateException("Geen datum voor het gesprek vastgelegd"));
        return new Brief.UitnodigingGesprek(kop, Datums.metDag(dag), gesprek.tijd().replace(':', '.'), gesprek.locatie(),
                gemeente.regel(Termijnsoort.FAMILIEGROEPSPLAN).duur());
    }

    /** 002 §2.4: signed with name, BSN, date of birth and date, the verslag is the aanvraag. */
    private static Brief verslag(Zaak zaak, Gemeente gemeente, Brief.Kop kop) {
        Map<String, String> uitkomsten = new LinkedHashMap<>();
        for (Gespreksonderwerp onderwerp : Gespreksonderwerp.values()) {
            String uitkomst = zaak.getVerslagUitkomsten().get(onderwerp);
            if (uitkomst != null) {
                uitkomsten.put(onderwerp.omschrijving(), uitkomst);
            }
        }
        LocalDate gesprek = zaak.getGesprek().datum();
        return new Brief.Verslag(kop, gesprek == null ? null : Datums.datum(gesprek), uitkomsten,
                zaak.getVerslag().familie().orElse(null), zaak.getJeugdige().bsn(),
                Datums.datum(zaak.getJeugdige().geboortedatum()), gemeente.regel(Termijnsoort.BESCHIKKING).duur());
    }

    private static Brief verdaging(Zaak zaak, Brief.Kop kop) {
        Zaaktermijn beslistermijn = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        return new Brief.Verdagingsbericht(kop, Datums.datum(zaak.getAanvraag().datum()),
                Datums.datum(beslistermijn.getVerdaagdVan().orElseThrow(
                        () -> new IllegalStateException("De beslistermijn is niet verdaagd"))),
                Datums.datum(beslistermijn.getUiterlijk()), zaak.getBeschikking().verdagingReden());
    }

    /** The suspension that runs: what the family must send, by when, and the last day as it stood before. */
    private static Brief verzoekOmAanvulling(Zaak zaak, Brief.Kop kop) {
        Zaaktermijn beslistermijn = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        Opschorting verzoek = beslistermijn.lopendeOpschorting()
                .orElseThrow(() -> new IllegalStateException("De beslistermijn wacht niet op een aanvulling"));
        return new Brief.VerzoekOmAanvulling(kop, Datums.datum(zaak.getAanvraag().datum()), verzoek.toelichting(),
                Datums.datum(verzoek.aanvullenUiterlijk()), Datums.datum(beslistermijn.getUiterlijk()));
    }

    /**
     * The last suspension that ended. An aanvulling that came ended it the day before it came; one that did not come,
     * on the date set for it.
     */
    private static Brief opschorting(Zaak zaak, Brief.Kop kop) {
        Zaaktermijn beslistermijn = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        Opschorting laatste = beslistermijn.getOpschortingen().stream().filter(o -> !o.loopt()).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("De beslistermijn is niet opgeschort"));
        boolean aanvulling = laatste.reden() == Opschortingsreden.AANVULLING;
        boolean uitgebleven = aanvulling && laatste.tot().equals(laatste.aanvullenUiterlijk());
        return new Brief.Opschortingsbericht(kop, Datums.datum(zaak.getAanvraag().datum()), laatste.reden().omschrijving(),
                aanvulling ? null : laatste.toelichting(), aanvulling,
                aanvulling && !uitgebleven ? Datums.datum(laatste.tot().plusDays(1)) : null,
                aanvulling ? Datums.datum(laatste.aanvullenUiterlijk()) : null,
                Datums.datum(laatste.van()), Datums.datum(laatste.tot()), laatste.dagen(),
                Datums.datum(beslistermijn.getUiterlijk()));
    }

    /** The dwangsom as the teamleider settled it; the beslistermijn's last day as it stood when it passed. */
    private static Brief dwangsom(Zaak zaak, Brief.Kop kop) {
        Ingebrekestelling ingebrekestelling = zaak.getIngebrekestelling().filter(i -> i.vastgesteld() != null)
                .orElseThrow(() -> new IllegalStateException("De dwangsom is niet vastgesteld"));
        return new Brief.Dwangsombeschikking(kop, Datums.datum(zaak.getAanvraag().datum()),
                Datums.datum(zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow().getUiterlijk()),
                Datums.datum(ingebrekestelling.ontvangen()), Datums.datum(ingebrekestelling.eersteDwangsomdag()),
                Datums.datum(zaak.getBeschikking().verzondenOp().orElseThrow()), ingebrekestelling.dagen(),
                Bedragen.euro(ingebrekestelling.bedrag()),
                ingebrekestelling.uitzondering() == null ? null : ingebrekestelling.uitzondering().omschrijving(),
                Datums.datum(ingebrekestelling.bezwaarUiterlijk()));
    }

    /** Awb 6:7 and 6:8: bezwaar within six weeks from the day after the letter is sent, as the BEZWAARTERMIJN says. */
    private static Brief beschikking(Zaak zaak, Briefsoort soort, Brief.Kop kop) {
        Briefsoort besluit = beschikking(zaak);
        boolean afwijzing = besluit == Briefsoort.BESCHIKKING_AFWIJZING;
        String bezwaarUiterlijk = lopend(zaak, Termijnsoort.BEZWAARTERMIJN).map(Datums::datum)
                .orElseThrow(() -> new IllegalStateException("De bezwaartermijn is niet gestart"));
        return new Brief.Beschikking(soort, kop, Datums.datum(zaak.getAanvraag().datum()), redenen(zaak, afwijzing),
                bezwaarUiterlijk, afwijzing ? null : toekenning(zaak, besluit == Briefsoort.BESCHIKKING_PGB));
    }

    private static Brief.Toekenning toekenning(Zaak zaak, boolean pgb) {
        Beschikking beschikking = zaak.getBeschikking();
        return new Brief.Toekenning(beschikking.voorziening(), beschikking.beoogdResultaat(),
                beschikking.samenhangend().orElse(null), Datums.datum(beschikking.ingangsdatum()),
                Datums.datum(beschikking.einddatum()), beschikking.looptijd().orElseThrow().omschrijving(),
                zaak.getVerwijzing().map(Verwijzing::aanbiederNaam).orElse(null),
                pgb ? Bedragen.euro(beschikking.pgbBedrag()) : null, pgb ? beschikking.pgbBerekening() : null);
    }

    /**
     * The last outcome of each decision table, with the rule's own motivering and its source. A refusal gives only
     * the rules that refused: a rule that was met is no reason to refuse (Awb 3:46, a decision rests on its reasons).
     */
    private static List<Brief.Reden> redenen(Zaak zaak, boolean afwijzing) {
        Map<String, Beslissing> laatste = new HashMap<>();
        zaak.getBeslissingen().forEach(beslissing -> laatste.put(beslissing.getSoort(), beslissing));
        return REGELS.stream().filter(laatste::containsKey).map(laatste::get)
                .filter(beslissing -> !afwijzing || AFWIJZEND.stream().anyMatch(beslissing.getUitkomst()::contains))
                .map(beslissing -> new Brief.Reden(beslissing.getMotivering(), beslissing.getDoor()))
                .toList();
    }

    private static Optional<LocalDate> lopend(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).filter(t -> t.getStatus() == TermijnStatus.LOPEND).map(Zaaktermijn::getUiterlijk);
    }
}
