package nl.jeugdhulp.toegang.termijnbewaking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.jeugdhulp.toegang.dwangsom.Dwangsom;
import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.Jeugdige;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * The figures of one gemeente from its open termijnen, counted in werkdagen on the gemeente's own calendar (Atw
 * feestdagen and the days its office is closed), and the dwangsommen of late decisions to the day. No engine and no
 * database: the same rows give the same figures.
 */
class Termijnstand {

    /** The most urgent first: overdue before at risk, the most werkdagen late first, then the nearest last day. */
    static final Comparator<Overzicht.Signalering> URGENTIE = Comparator
            .comparing((Overzicht.Signalering s) -> !s.overschreden())
            .thenComparingInt(Overzicht.Signalering::werkdagen)
            .thenComparing(Overzicht.Signalering::uiterlijk)
            .thenComparing(s -> s.uiterlijkOm() == null ? Instant.MAX : s.uiterlijkOm())
            .thenComparing(Overzicht.Signalering::zaaknummer);

    /** Every soort the gemeente must act on before its end, in the order of the route. */
    static final List<Termijnsoort> BEWAAKT = Arrays.stream(Termijnsoort.values()).filter(Termijnsoort::wordtBewaakt).toList();

    record Stand(List<Overzicht.Telling> tellingen, List<Overzicht.Signalering> signaleringen) {
    }

    private final Werkdagenkalender kalender;
    private final int binnenWerkdagen;

    Termijnstand(Werkdagenkalender kalender, int binnenWerkdagen) {
        this.kalender = kalender;
        this.binnenWerkdagen = binnenWerkdagen;
    }

    /** {@code rijen}: the open termijnen of this gemeente only; {@code vandaag} is the day of {@code nu}. */
    Stand bereken(Gemeente gemeente, List<LopendeTermijn> rijen, LocalDate vandaag, Instant nu) {
        Map<LocalDate, String> gesloten = gemeente.geslotenDagen();
        List<Overzicht.Signalering> alle = new ArrayList<>();
        for (LopendeTermijn rij : rijen) {
            boolean overschreden = rij.status() == TermijnStatus.OVERSCHREDEN
                    || (rij.uiterlijkOm() != null ? nu.isAfter(rij.uiterlijkOm()) : vandaag.isAfter(rij.uiterlijk()));
            int tussen = kalender.werkdagenTussen(vandaag, rij.uiterlijk(), gesloten);
            // Overrun before its last day: the step was escalated early (a timer moved by hand). It is late, by no day yet.
            int werkdagen = overschreden ? Math.min(0, tussen) : tussen;
            alle.add(new Overzicht.Signalering(rij.zaaknummer(), rij.gemeente(),
                    Jeugdige.initialen(rij.voornamen(), rij.achternaam()), rij.soort(), rij.uiterlijk(),
                    rij.uiterlijkOm(), werkdagen, overschreden, null, null, null, rij.procesInstantie()));
        }
        List<Overzicht.Telling> tellingen = BEWAAKT.stream().map(soort -> telling(soort, alle)).toList();
        List<Overzicht.Signalering> signaleringen = alle.stream()
                .filter(s -> s.teSignaleren(binnenWerkdagen))
                .sorted(URGENTIE)
                .toList();
        return new Stand(tellingen, signaleringen);
    }

    /**
     * The dwangsom of each open ingebrekestelling (Awb 4:17), the highest first: up to and including today, or up to
     * the day before the beschikking went out.
     */
    static List<Overzicht.Dwangsomzaak> dwangsommen(List<OpenIngebrekestelling> rijen, LocalDate vandaag) {
        return rijen.stream()
                .map(rij -> {
                    int dagen = rij.beschikkingVerzonden() == null ? Dwangsom.dagen(rij.eersteDwangsomdag(), vandaag)
                            : Dwangsom.dagenTotVerzending(rij.eersteDwangsomdag(), rij.beschikkingVerzonden());
                    return new Overzicht.Dwangsomzaak(rij.zaaknummer(), rij.gemeente(),
                            Jeugdige.initialen(rij.voornamen(), rij.achternaam()), rij.ontvangen(), rij.eersteDwangsomdag(),
                            rij.beschikkingVerzonden(), dagen, Dwangsom.bedrag(dagen), rij.procesInstantie());
                })
                .sorted(Comparator.comparing(Overzicht.Dwangsomzaak::bedrag).reversed()
                        .thenComparing(Overzicht.Dwangsomzaak::eersteDwangsomdag)
                        .thenComparing(Overzicht.Dwangsomzaak::zaaknummer))
                .toList();
    }

    /** How many of these cases are of {@code gemeente}, and their amount together. */
    static Overzicht.Dwangsomtotaal totaal(String gemeente, List<Overzicht.Dwangsomzaak> dwangsommen) {
        List<Overzicht.Dwangsomzaak> vanGemeente = dwangsommen.stream().filter(d -> d.gemeente().equals(gemeente)).toList();
        return new Overzicht.Dwangsomtotaal(vanGemeente.size(), vanGemeente.stream().map(Overzicht.Dwangsomzaak::bedrag)
                .reduce(new BigDecimal("0.00"), BigDecimal::add));
    }

    private Overzicht.Telling telling(Termijnsoort soort, List<Overzicht.Signalering> alle) {
        List<Overzicht.Signalering> vanSoort = alle.stream().filter(s -> s.termijn() == soort).toList();
        List<Overzicht.Signalering> overschreden = vanSoort.stream().filter(Overzicht.Signalering::overschreden).toList();
        Integer oudste = overschreden.stream().map(s -> -s.werkdagen()).max(Integer::compare).orElse(null);
        int binnen = (int) vanSoort.stream().filter(s -> !s.overschreden() && s.teSignaleren(binnenWerkdagen)).count();
        return new Overzicht.Telling(soort, vanSoort.size(), binnen, overschreden.size(), oudste);
    }
}
