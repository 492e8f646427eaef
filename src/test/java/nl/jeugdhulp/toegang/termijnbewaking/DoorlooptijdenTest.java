package nl.jeugdhulp.toegang.termijnbewaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * The doorlooptijden (001 §5) on a fixed set of dossiers in a gemeente that closes on 31 December 2026, every number
 * counted by hand in werkdagen: after the day a phase began, up to and including the day it ended.
 */
class DoorlooptijdenTest {

    private static final Gemeente KAMPEN = new Gemeente("kampen", "Kampen", null, Map.of(),
            Map.of(LocalDate.of(2026, 12, 31), "Oudejaarsdag, gemeentehuis gesloten"), null, Set.of());

    private final Doorlooptijden doorlooptijden = new Doorlooptijden(new Werkdagenkalender());

    private static AfgerondeTermijn rij(long zaak, String ontvangen, String aanvraag, Termijnsoort soort, String afgerond,
                                        TermijnStatus status) {
        return new AfgerondeTermijn(zaak, "kampen", LocalDate.parse(ontvangen), aanvraag == null ? null : LocalDate.parse(aanvraag),
                soort, LocalDate.parse(afgerond), status);
    }

    private final List<AfgerondeTermijn> rijen = List.of(
            // Zaak 1, melding ma 2-11: gesprek vr 13-11 (3-6, 9-13: 9), verslag vr 20-11 (16-20: 5), aanvraag ma 23-11
            // (1), beschikking vr 4-12 (24-27, 30, 1-4: 9).
            rij(1, "2026-11-02", "2026-11-23", Termijnsoort.GESPREK, "2026-11-13", TermijnStatus.GEHAALD),
            rij(1, "2026-11-02", "2026-11-23", Termijnsoort.VERSLAG, "2026-11-20", TermijnStatus.GEHAALD),
            rij(1, "2026-11-02", "2026-11-23", Termijnsoort.BESCHIKKING, "2026-12-04", TermijnStatus.GEHAALD),
            // Zaak 2, melding ma 9-11: gesprek vr 27-11 (10-13, 16-20, 23-27: 14); no verslag yet.
            rij(2, "2026-11-09", null, Termijnsoort.GESPREK, "2026-11-27", TermijnStatus.GEHAALD),
            // Zaak 3, melding ma 19-10: gesprek ma 30-11, too late (20-23 and 26-30 October: 9; November 2-30: 21; 30).
            rij(3, "2026-10-19", null, Termijnsoort.GESPREK, "2026-11-30", TermijnStatus.OVERSCHREDEN),
            // Zaak 6, melding ma 16-11: gesprek vr 20-11 (17-20: 4).
            rij(6, "2026-11-16", null, Termijnsoort.GESPREK, "2026-11-20", TermijnStatus.GEHAALD),
            // Zaak 4, melding di 1-12: gesprek do 24-12 (2-4, 7-11, 14-18, 21-24: 17); aanvraag ma 28-12, beschikking
            // vr 8-1-2027, too late (29, 30, not the closed 31st nor Nieuwjaarsdag, 4-8: 7).
            rij(4, "2026-12-01", "2026-12-28", Termijnsoort.GESPREK, "2026-12-24", TermijnStatus.GEHAALD),
            rij(4, "2026-12-01", "2026-12-28", Termijnsoort.BESCHIKKING, "2027-01-08", TermijnStatus.OVERSCHREDEN),
            // Zaak 5 ended its phase before the period: left out.
            rij(5, "2025-09-01", null, Termijnsoort.GESPREK, "2025-10-01", TermijnStatus.GEHAALD));

    @Test
    void perMaandEnFase_aantalMediaanP90EnAandeelBinnenDeTermijn() {
        var uitkomst = doorlooptijden.bereken(KAMPEN, rijen, LocalDate.of(2026, 1, 1));

        assertThat(uitkomst).extracting(Overzicht.Doorlooptijd::maand, Overzicht.Doorlooptijd::fase,
                        Overzicht.Doorlooptijd::aantal, Overzicht.Doorlooptijd::mediaan, Overzicht.Doorlooptijd::p90,
                        Overzicht.Doorlooptijd::binnenTermijn)
                .containsExactly(
                        // [4, 9, 14, 30]: median (9 + 14) / 2, p90 the 4th of 4; 3 of 4 in time.
                        tuple(YearMonth.of(2026, 11), Doorloopfase.MELDING_GESPREK, 4, 11.5, 30, 0.75),
                        tuple(YearMonth.of(2026, 11), Doorloopfase.GESPREK_VERSLAG, 1, 5.0, 5, 1.0),
                        // No termijn between verslag and aanvraag.
                        tuple(YearMonth.of(2026, 11), Doorloopfase.VERSLAG_AANVRAAG, 1, 1.0, 1, null),
                        tuple(YearMonth.of(2026, 12), Doorloopfase.MELDING_GESPREK, 1, 17.0, 17, 1.0),
                        tuple(YearMonth.of(2026, 12), Doorloopfase.AANVRAAG_BESCHIKKING, 1, 9.0, 9, 1.0),
                        tuple(YearMonth.of(2027, 1), Doorloopfase.AANVRAAG_BESCHIKKING, 1, 7.0, 7, 0.0));
        assertThat(uitkomst).allSatisfy(d -> assertThat(d.gemeente()).isEqualTo("kampen"));
    }

    @Test
    void mediaanEnP90_vanEenOnevenEnEenEvenAantal() {
        assertThat(Doorlooptijden.mediaan(List.of(9, 14, 30))).isEqualTo(14.0);
        assertThat(Doorlooptijden.p90(List.of(9, 14, 30))).isEqualTo(30);
        List<Integer> tien = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Doorlooptijden.mediaan(tien)).isEqualTo(5.5);
        assertThat(Doorlooptijden.p90(tien)).isEqualTo(9);
        assertThat(Doorlooptijden.p90(List.of(4))).isEqualTo(4);
    }
}
