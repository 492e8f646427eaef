package nl.jeugdhulp.toegang.brief;

import java.time.LocalDate;
import java.time.Period;
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
import nl.jeugdhulp.toegang.zaak.Beslissing;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Termijn;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Voorzieningsvorm;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * What a letter says, taken from the dossier: the values its template prints, already in Dutch form
 * ("13 november 2026", "€ 1.290,00"). Dates of deadlines come from the zaak's termijnen, which the calendar
 * computed; nothing is recomputed here.
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

    public Map<String, Object> van(Zaak zaak, Briefsoort soort, LocalDate vandaag) {
        Gemeente gemeente = gemeenten.get(zaak.getGemeente());
        Map<String, Object> inhoud = new HashMap<>();
        inhoud.put("gemeente", gemeente.naam());
        inhoud.put("briefhoofd", gemeente.briefhoofd());
        inhoud.put("datum", Datums.datum(vandaag));
        inhoud.put("zaaknummer", zaak.getZaaknummer());
        String naam = zaak.getJeugdigeVoornamen() + " " + zaak.getJeugdigeAchternaam();
        inhoud.put("jeugdige", naam);
        // From 18 the jeugdige acts for himself (004 art 6.5); before that the letter goes to the parents.
        boolean meerderjarig = Period.between(zaak.getJeugdigeGeboortedatum(), vandaag).getYears() >= 18;
        inhoud.put("aan", meerderjarig ? naam : "de ouders of verzorgers van " + naam);
        inhoud.put("aanhef", meerderjarig ? "Beste " + naam + "," : "Beste ouder of verzorger,");
        inhoud.put("ontvangen", Datums.datum(zaak.getOntvangen()));
        switch (soort) {
            case ONTVANGSTBEVESTIGING -> ontvangstbevestiging(zaak, inhoud, vandaag);
            case UITNODIGING_GESPREK -> uitnodiging(zaak, gemeente, inhoud);
            case VERSLAG -> verslag(zaak, gemeente, inhoud);
            case VERDAGINGSBERICHT -> verdaging(zaak, inhoud);
            case BESCHIKKING_ZIN, BESCHIKKING_PGB, BESCHIKKING_AFWIJZING -> beschikking(zaak, inhoud);
            case DOORZENDBERICHT -> doorzending(zaak, inhoud);
        }
        return inhoud;
    }

    /** The beschikking the dossier holds: a refusal, or a grant in kind or as a PGB. */
    public static Briefsoort beschikking(Zaak zaak) {
        if (!Boolean.TRUE.equals(zaak.getIndividueleVoorziening())) {
            return Briefsoort.BESCHIKKING_AFWIJZING;
        }
        return zaak.getVoorzieningsvorm() == Voorzieningsvorm.PGB ? Briefsoort.BESCHIKKING_PGB : Briefsoort.BESCHIKKING_ZIN;
    }

    /**
     * The receipt promises the last days of the appointment and the gesprek (004 art 3.2). A melding registered late
     * may have passed them already: the letter does not promise a day gone by, it says the gemeente will call as
     * soon as it can (the termijn has escalated to the team leader by then).
     */
    private static void ontvangstbevestiging(Zaak zaak, Map<String, Object> inhoud, LocalDate vandaag) {
        inhoud.put("spoed", zaak.isSpoed());
        for (var termijn : Map.of(Termijnsoort.AFSPRAAK, "afspraak", Termijnsoort.GESPREK, "gesprek").entrySet()) {
            Optional<LocalDate> uiterlijk = lopend(zaak, termijn.getKey());
            inhoud.put(termijn.getValue() + "Uiterlijk", uiterlijk.filter(dag -> !dag.isBefore(vandaag)).map(Datums::datum).orElse(null));
            inhoud.put(termijn.getValue() + "Voorbij", uiterlijk.filter(dag -> dag.isBefore(vandaag)).isPresent());
        }
    }

    private static void uitnodiging(Zaak zaak, Gemeente gemeente, Map<String, Object> inhoud) {
        inhoud.put("gesprekDag", Datums.metDag(zaak.getGesprekGepland().orElseThrow(
                () -> new IllegalStateException("Geen datum voor het gesprek vastgelegd"))));
        inhoud.put("gesprekTijd", zaak.getGesprekTijd().replace(':', '.'));
        inhoud.put("gesprekLocatie", zaak.getGesprekLocatie());
        inhoud.put("familiegroepsplanTermijn", gemeente.regel(Termijnsoort.FAMILIEGROEPSPLAN).duur());
    }

    private static void verslag(Zaak zaak, Gemeente gemeente, Map<String, Object> inhoud) {
        inhoud.put("gesprekDatum", zaak.getGesprekDatum() == null ? null : Datums.datum(zaak.getGesprekDatum()));
        Map<String, String> uitkomsten = new LinkedHashMap<>();
        for (Gespreksonderwerp onderwerp : Gespreksonderwerp.values()) {
            String uitkomst = zaak.getVerslagUitkomsten().get(onderwerp);
            if (uitkomst != null) {
                uitkomsten.put(onderwerp.omschrijving(), uitkomst);
            }
        }
        inhoud.put("uitkomsten", uitkomsten);
        inhoud.put("opmerkingenFamilie", zaak.getVerslagOpmerkingenFamilie().orElse(null));
        // 002 §2.4: signed with name, BSN, date of birth and date, the verslag is the aanvraag.
        inhoud.put("bsn", zaak.getJeugdigeBsn());
        inhoud.put("geboortedatum", Datums.datum(zaak.getJeugdigeGeboortedatum()));
        inhoud.put("beslistermijn", gemeente.regel(Termijnsoort.BESCHIKKING).duur());
    }

    private static void verdaging(Zaak zaak, Map<String, Object> inhoud) {
        Termijn beslistermijn = zaak.termijn(Termijnsoort.BESCHIKKING).orElseThrow();
        inhoud.put("aanvraagDatum", Datums.datum(zaak.getAanvraagDatum()));
        inhoud.put("oorspronkelijk", Datums.datum(beslistermijn.getOorspronkelijk().orElseThrow(
                () -> new IllegalStateException("De beslistermijn is niet verdaagd"))));
        inhoud.put("nieuw", Datums.datum(beslistermijn.getUiterlijk()));
        inhoud.put("reden", zaak.getVerdagingReden());
    }

    private static void beschikking(Zaak zaak, Map<String, Object> inhoud) {
        inhoud.put("aanvraagDatum", Datums.datum(zaak.getAanvraagDatum()));
        inhoud.put("redenen", redenen(zaak, beschikking(zaak) == Briefsoort.BESCHIKKING_AFWIJZING));
        // Awb 6:7 and 6:8: six weeks from the day after the letter is sent, as the BEZWAARTERMIJN says.
        inhoud.put("bezwaarUiterlijk", lopend(zaak, Termijnsoort.BEZWAARTERMIJN).map(Datums::datum)
                .orElseThrow(() -> new IllegalStateException("De bezwaartermijn is niet gestart")));
        if (beschikking(zaak) == Briefsoort.BESCHIKKING_AFWIJZING) {
            return;
        }
        inhoud.put("voorziening", zaak.getVoorziening());
        inhoud.put("beoogdResultaat", zaak.getBeoogdResultaat());
        inhoud.put("samenhangendeVoorzieningen", zaak.getSamenhangendeVoorzieningen().orElse(null));
        inhoud.put("ingangsdatum", Datums.datum(zaak.getIngangsdatum()));
        inhoud.put("einddatum", Datums.datum(zaak.getEinddatum()));
        inhoud.put("duur", zaak.getLooptijd().orElseThrow().omschrijving());
        inhoud.put("aanbieder", zaak.getAanbiederNaam());
        if (zaak.getVoorzieningsvorm() == Voorzieningsvorm.PGB) {
            inhoud.put("pgbBedrag", Bedragen.euro(zaak.getPgbBedrag()));
            inhoud.put("pgbBerekening", zaak.getPgbBerekening());
        }
    }

    private static void doorzending(Zaak zaak, Map<String, Object> inhoud) {
        inhoud.put("doorgezondenAan", zaak.getDoorgezondenAan());
        inhoud.put("doorgezondenOp", Datums.datum(zaak.getDoorgezondenOp()));
    }

    /**
     * The last outcome of each decision table, with the rule's own motivering and its source. A refusal gives only
     * the rules that refused: a rule that was met is no reason to refuse (Awb 3:46, a decision rests on its reasons).
     */
    private static List<Reden> redenen(Zaak zaak, boolean afwijzing) {
        Map<String, Beslissing> laatste = new HashMap<>();
        zaak.getBeslissingen().forEach(beslissing -> laatste.put(beslissing.getSoort(), beslissing));
        return REGELS.stream().filter(laatste::containsKey).map(laatste::get)
                .filter(beslissing -> !afwijzing || AFWIJZEND.stream().anyMatch(beslissing.getUitkomst()::contains))
                .map(beslissing -> new Reden(beslissing.getMotivering(), beslissing.getDoor()))
                .toList();
    }

    public record Reden(String tekst, String regel) {
    }

    private static Optional<LocalDate> lopend(Zaak zaak, Termijnsoort soort) {
        return zaak.termijn(soort).filter(t -> t.getStatus() == TermijnStatus.LOPEND).map(Termijn::getUiterlijk);
    }
}
