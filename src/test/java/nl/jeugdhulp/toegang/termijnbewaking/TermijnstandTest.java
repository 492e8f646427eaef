package nl.jeugdhulp.toegang.termijnbewaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;
import nl.jeugdhulp.toegang.zaak.TermijnStatus;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * The dashboard's figures on a fixed set of termijnen, on the Monday after Christmas 2026 (28 December): Eerste and
 * Tweede Kerstdag fell on Friday 25 and Saturday 26 December, and this gemeente closes on 31 December. Every expected
 * number is counted by hand below.
 */
class TermijnstandTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 28);
    private static final Instant NU = Instant.parse("2026-12-28T09:00:00Z");
    private static final Gemeente KAMPEN = new Gemeente("kampen", "Kampen", null, Map.of(),
            Map.of(LocalDate.of(2026, 12, 31), "Oudejaarsdag, gemeentehuis gesloten"), null, Set.of());

    private final Termijnstand stand = new Termijnstand(new Werkdagenkalender(), 5);

    private static LopendeTermijn termijn(String zaak, Termijnsoort soort, String uiterlijk, TermijnStatus status) {
        return new LopendeTermijn(zaak, "kampen", "pi-" + zaak, "Sam", "de Vries", soort, LocalDate.parse(uiterlijk),
                null, status);
    }

    private final List<LopendeTermijn> rijen = List.of(
            // Overrun and escalated: last day do 17-12; werkdagen since: 18, 21, 22, 23, 24, (25, 26 Kerst), 28 = 6.
            termijn("Z1", Termijnsoort.GESPREK, "2026-12-17", TermijnStatus.OVERSCHREDEN),
            // Still LOPEND (the timer has not fired yet), but its last day do 24-12 has passed: overdue by 1 werkdag (28).
            termijn("Z2", Termijnsoort.GESPREK, "2026-12-24", TermijnStatus.LOPEND),
            // Ends today: 0 werkdagen left, at risk.
            termijn("Z3", Termijnsoort.GESPREK, "2026-12-28", TermijnStatus.LOPEND),
            // Ends ma 4-1-2027: 29, 30, (31 gesloten), (1 NJ), 4 = 3 werkdagen left, at risk.
            termijn("Z4", Termijnsoort.VERSLAG, "2027-01-04", TermijnStatus.LOPEND),
            // Ends wo 6-1-2027: 29, 30, 4, 5, 6 = 5 werkdagen: still within 5.
            termijn("Z5", Termijnsoort.VERSLAG, "2027-01-06", TermijnStatus.LOPEND),
            // Escalated by hand before its last day (vr 8-1-2027): overdue, by 0 werkdagen.
            termijn("Z8", Termijnsoort.BESCHIKKING, "2027-01-08", TermijnStatus.OVERSCHREDEN),
            // Ends do 7-1-2027: 6 werkdagen left: running, not at risk, not listed.
            termijn("Z6", Termijnsoort.BESCHIKKING, "2027-01-07", TermijnStatus.LOPEND),
            // An hour-based term whose moment passed an hour ago, on its own last day: overdue, 0 werkdagen late.
            new LopendeTermijn("Z7", "kampen", "pi-Z7", "Jan Pieter", "van der Berg", Termijnsoort.CRISISBEZOEK,
                    VANDAAG, Instant.parse("2026-12-28T08:00:00Z"), TermijnStatus.LOPEND));

    @Test
    void telt_perSoort_lopend_binnenVijfWerkdagen_overschreden_enDeOudsteOverschrijding() {
        var tellingen = stand.bereken(KAMPEN, rijen, VANDAAG, NU).tellingen();

        assertThat(tellingen).extracting(Overzicht.Telling::soort).containsExactlyElementsOf(Termijnstand.BEWAAKT);
        assertThat(tellingen).filteredOn(t -> t.lopend() > 0)
                .extracting(Overzicht.Telling::soort, Overzicht.Telling::lopend, Overzicht.Telling::binnenTermijn,
                        Overzicht.Telling::overschreden, Overzicht.Telling::oudsteOverschrijding)
                .containsExactly(
                        tuple(Termijnsoort.CRISISBEZOEK, 1, 0, 1, 0),
                        tuple(Termijnsoort.GESPREK, 3, 1, 2, 6),
                        tuple(Termijnsoort.VERSLAG, 2, 2, 0, null),
                        tuple(Termijnsoort.BESCHIKKING, 2, 0, 1, 0));
    }

    @Test
    void zakenLijst_alleenOverschredenEnBijnaVerstreken_deMeestDringendeEerst() {
        var zaken = stand.bereken(KAMPEN, rijen, VANDAAG, NU).signaleringen();

        assertThat(zaken).extracting(Overzicht.Signalering::zaaknummer, Overzicht.Signalering::overschreden,
                        Overzicht.Signalering::werkdagen)
                .containsExactly(
                        tuple("Z1", true, -6),
                        tuple("Z2", true, -1),
                        tuple("Z7", true, 0),
                        tuple("Z8", true, 0),
                        tuple("Z3", false, 0),
                        tuple("Z4", false, 3),
                        tuple("Z5", false, 5));
        assertThat(zaken.get(2).initialen()).isEqualTo("J.P. v.d.B.");
        assertThat(zaken).allSatisfy(zaak -> assertThat(zaak.toString()).doesNotContain("Sam", "Vries"));
    }

    /**
     * Awb 4:17 on 28 December 2026, counted by hand: from the first dwangsom day up to and including today, or up to the
     * day before the beschikking went out; 42 days at most; the highest first.
     */
    @Test
    void dwangsommen_totNuToe_perZaakEnPerGemeente_deHoogsteEerst() {
        List<OpenIngebrekestelling> rijen = List.of(
                // From 15 December to today: 14 days × € 23.
                new OpenIngebrekestelling("D1", "kampen", "pi-D1", "Sam", "de Vries", LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 15), null),
                // From 10 December; sent on 20 December: up to the 19th, 10 days × € 23.
                new OpenIngebrekestelling("D2", "kampen", "pi-D2", "Sam", "de Vries", LocalDate.of(2026, 11, 25),
                        LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 20)),
                // From 1 October: 89 days, of which 42 count: 14 × € 23 + 14 × € 35 + 14 × € 45.
                new OpenIngebrekestelling("D3", "kampen", "pi-D3", "Jan Pieter", "van der Berg", LocalDate.of(2026, 9, 16),
                        LocalDate.of(2026, 10, 1), null),
                // Dalfsen, from 20 December: 9 days × € 23.
                new OpenIngebrekestelling("D4", "dalfsen", "pi-D4", "Sam", "de Vries", LocalDate.of(2026, 12, 5),
                        LocalDate.of(2026, 12, 20), null));

        List<Overzicht.Dwangsomzaak> dwangsommen = Termijnstand.dwangsommen(rijen, VANDAAG);

        assertThat(dwangsommen).extracting(Overzicht.Dwangsomzaak::zaaknummer, Overzicht.Dwangsomzaak::dagen,
                        d -> d.bedrag().toPlainString(), Overzicht.Dwangsomzaak::initialen)
                .containsExactly(tuple("D3", 42, "1442.00", "J.P. v.d.B."), tuple("D1", 14, "322.00", "S. d.V."),
                        tuple("D2", 10, "230.00", "S. d.V."), tuple("D4", 9, "207.00", "S. d.V."));
        assertThat(Termijnstand.totaal("kampen", dwangsommen)).isEqualTo(new Overzicht.Dwangsomtotaal(3, new BigDecimal("1994.00")));
        assertThat(Termijnstand.totaal("dalfsen", dwangsommen)).isEqualTo(new Overzicht.Dwangsomtotaal(1, new BigDecimal("207.00")));
        assertThat(Termijnstand.totaal("dordrecht", dwangsommen)).isEqualTo(new Overzicht.Dwangsomtotaal(0, new BigDecimal("0.00")));
    }
}
