package nl.jeugdhulp.toegang.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jeugdhulp.toegang.gemeente.Eenheid;
import nl.jeugdhulp.toegang.termijn.Werkdagenkalender.Termijneinde;

/**
 * Werkdagenkalender against the Algemene termijnenwet (Atw). Every expected date below is computed by
 * hand, never by the class under test.
 *
 * <p>Pasen, computed with the anonymous Gregorian (Meeus/Jones/Butcher) algorithm and checked against
 * published calendars:
 * <ul>
 * <li>2026: a=12, h=12, l=2, m=0 -> Eerste Paasdag zondag 5 april 2026. Goede Vrijdag 3 april, Tweede
 * Paasdag 6 april, Hemelvaart (+39) donderdag 14 mei, Eerste Pinksterdag (+49) 24 mei, Tweede Pinksterdag
 * 25 mei.</li>
 * <li>2027: a=13, h=1, l=5, m=0 -> Eerste Paasdag zondag 28 maart 2027. Goede Vrijdag 26 maart, Tweede
 * Paasdag 29 maart, Hemelvaart donderdag 6 mei, Eerste Pinksterdag 16 mei, Tweede Pinksterdag 17 mei.</li>
 * <li>2028: a=14, h=20, l=5, m=0 -> Eerste Paasdag zondag 16 april 2028. Goede Vrijdag 14 april, Tweede
 * Paasdag 17 april, Hemelvaart donderdag 25 mei, Eerste Pinksterdag 4 juni, Tweede Pinksterdag 5 juni.</li>
 * </ul>
 *
 * <p>Weekdays used: 1 jan 2026 = donderdag, 1 jan 2027 = vrijdag, 1 jan 2028 = zaterdag (2028 is a leap
 * year). Koningsdag 27 april: maandag 2026, dinsdag 2027, donderdag 2028; 27 april 2025 and 2031 are
 * zondagen, so Koningsdag is then zaterdag 26 april. 5 mei: dinsdag 2026, woensdag 2027, vrijdag 2028.
 * Kerst: 25/26 dec 2026 = vrijdag/zaterdag, 2027 = zaterdag/zondag, 2028 = maandag/dinsdag.
 */
class WerkdagenkalenderTest {

    private static final Map<LocalDate, String> GEEN_SLUITINGEN = Map.of();

    private final Werkdagenkalender kalender = new Werkdagenkalender();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Feestdagen {

        @ParameterizedTest(name = "{0} {1} is geen werkdag")
        @CsvSource({
                "2026-01-01, Nieuwjaarsdag",
                "2026-04-03, Goede Vrijdag",
                "2026-04-06, Tweede Paasdag",
                "2026-04-27, Koningsdag",
                "2026-05-05, Bevrijdingsdag",
                "2026-05-14, Hemelvaartsdag",
                "2026-05-25, Tweede Pinksterdag",
                "2026-12-25, Eerste Kerstdag",
                "2026-12-26, Tweede Kerstdag",
                "2027-01-01, Nieuwjaarsdag",
                "2027-03-26, Goede Vrijdag",
                "2027-03-29, Tweede Paasdag",
                "2027-04-27, Koningsdag",
                "2027-05-05, Bevrijdingsdag",
                "2027-05-06, Hemelvaartsdag",
                "2027-05-17, Tweede Pinksterdag",
                "2027-12-25, Eerste Kerstdag",
                "2027-12-26, Tweede Kerstdag",
                "2028-01-01, Nieuwjaarsdag",
                "2028-04-14, Goede Vrijdag",
                "2028-04-17, Tweede Paasdag",
                "2028-04-27, Koningsdag",
                "2028-05-05, Bevrijdingsdag",
                "2028-05-25, Hemelvaartsdag",
                "2028-06-05, Tweede Pinksterdag",
                "2028-12-25, Eerste Kerstdag",
                "2028-12-26, Tweede Kerstdag"
        })
        void atwFeestdagIsGeenWerkdagEnHeeftZijnNaam(LocalDate dag, String naam) {
            assertThat(kalender.isWerkdag(dag, GEEN_SLUITINGEN)).isFalse();
            assertThat(kalender.vrijeDag(dag, GEEN_SLUITINGEN)).contains(naam);
            assertThat(kalender.feestdagen(dag.getYear())).containsEntry(dag, naam);
        }

        @Test
        void goedeVrijdagIsGeenWerkdag() {
            assertThat(kalender.isWerkdag(d("2026-04-03"), GEEN_SLUITINGEN)).isFalse();
            assertThat(kalender.vrijeDag(d("2026-04-03"), GEEN_SLUITINGEN)).contains("Goede Vrijdag");
        }

        @Test
        void feestdagen2026ZijnPreciesDeNegenAtwDagen() {
            assertThat(kalender.feestdagen(2026)).containsOnly(
                    entry(d("2026-01-01"), "Nieuwjaarsdag"),
                    entry(d("2026-04-03"), "Goede Vrijdag"),
                    entry(d("2026-04-06"), "Tweede Paasdag"),
                    entry(d("2026-04-27"), "Koningsdag"),
                    entry(d("2026-05-05"), "Bevrijdingsdag"),
                    entry(d("2026-05-14"), "Hemelvaartsdag"),
                    entry(d("2026-05-25"), "Tweede Pinksterdag"),
                    entry(d("2026-12-25"), "Eerste Kerstdag"),
                    entry(d("2026-12-26"), "Tweede Kerstdag"));
        }

        @Test
        void feestdagen2027ZijnPreciesDeNegenAtwDagen() {
            assertThat(kalender.feestdagen(2027)).containsOnly(
                    entry(d("2027-01-01"), "Nieuwjaarsdag"),
                    entry(d("2027-03-26"), "Goede Vrijdag"),
                    entry(d("2027-03-29"), "Tweede Paasdag"),
                    entry(d("2027-04-27"), "Koningsdag"),
                    entry(d("2027-05-05"), "Bevrijdingsdag"),
                    entry(d("2027-05-06"), "Hemelvaartsdag"),
                    entry(d("2027-05-17"), "Tweede Pinksterdag"),
                    entry(d("2027-12-25"), "Eerste Kerstdag"),
                    entry(d("2027-12-26"), "Tweede Kerstdag"));
        }

        @Test
        void feestdagen2028ZijnPreciesDeNegenAtwDagen() {
            assertThat(kalender.feestdagen(2028)).containsOnly(
                    entry(d("2028-01-01"), "Nieuwjaarsdag"),
                    entry(d("2028-04-14"), "Goede Vrijdag"),
                    entry(d("2028-04-17"), "Tweede Paasdag"),
                    entry(d("2028-04-27"), "Koningsdag"),
                    entry(d("2028-05-05"), "Bevrijdingsdag"),
                    entry(d("2028-05-25"), "Hemelvaartsdag"),
                    entry(d("2028-06-05"), "Tweede Pinksterdag"),
                    entry(d("2028-12-25"), "Eerste Kerstdag"),
                    entry(d("2028-12-26"), "Tweede Kerstdag"));
        }

        @ParameterizedTest(name = "{0} (Eerste Paas- of Pinksterdag) is alleen een zondag")
        @ValueSource(strings = {"2026-04-05", "2026-05-24", "2027-03-28", "2027-05-16", "2028-04-16", "2028-06-04"})
        void eerstePaasdagEnEerstePinksterdagZijnGeenAtwFeestdagMaarZondag(String iso) {
            LocalDate zondag = d(iso);
            assertThat(kalender.feestdagen(zondag.getYear())).doesNotContainKey(zondag);
            assertThat(kalender.vrijeDag(zondag, GEEN_SLUITINGEN)).contains("zondag");
            assertThat(kalender.isWerkdag(zondag, GEEN_SLUITINGEN)).isFalse();
        }

        @Test
        void feestdagInHetWeekendHoudtZijnFeestdagnaam() {
            assertThat(kalender.vrijeDag(d("2026-12-26"), GEEN_SLUITINGEN)).contains("Tweede Kerstdag");
            assertThat(kalender.vrijeDag(d("2028-01-01"), GEEN_SLUITINGEN)).contains("Nieuwjaarsdag");
            assertThat(kalender.vrijeDag(d("2027-12-26"), GEEN_SLUITINGEN)).contains("Tweede Kerstdag");
        }
    }

    @Nested
    class Koningsdag {

        @ParameterizedTest(name = "27 april {0} is een zondag: Koningsdag is zaterdag 26 april")
        @ValueSource(ints = {2025, 2031})
        void koningsdagValtOp26AprilAls27AprilEenZondagIs(int jaar) {
            LocalDate zaterdag26 = LocalDate.of(jaar, 4, 26);
            LocalDate zondag27 = LocalDate.of(jaar, 4, 27);
            SoftAssertions.assertSoftly(zacht -> {
                zacht.assertThat(kalender.vrijeDag(zaterdag26, GEEN_SLUITINGEN)).contains("Koningsdag");
                zacht.assertThat(kalender.feestdagen(jaar)).containsEntry(zaterdag26, "Koningsdag");
                zacht.assertThat(kalender.feestdagen(jaar)).doesNotContainKey(zondag27);
                zacht.assertThat(kalender.vrijeDag(zondag27, GEEN_SLUITINGEN)).contains("zondag");
            });
        }

        @Test
        void wekentermijnEindigendOpVerschovenKoningsdagNoemtKoningsdag() {
            // za 12-04-2025 + 2 weken = za 26-04 Koningsdag, zo 27, ma 28 april
            Termijneinde einde = kalender.einde(d("2025-04-12"), 2, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2025-04-28"));
            assertThat(einde.uitleg()).containsExactly("2025-04-26 Koningsdag", "2025-04-27 zondag");
        }

        @Test
        void koningsdagOpZaterdag27AprilBlijftOp27April() {
            // 27 april 2030 is een zaterdag: geen verschuiving
            assertThat(kalender.vrijeDag(d("2030-04-27"), GEEN_SLUITINGEN)).contains("Koningsdag");
            assertThat(kalender.vrijeDag(d("2030-04-26"), GEEN_SLUITINGEN)).isEmpty();
        }

        @Test
        void verschovenKoningsdagOpZaterdagVerlengtGeenWerkdagentermijn() {
            // vr 25-04-2025 + 1 werkdag: za 26 (Koningsdag, weekend), zo 27, ma 28 april
            Termijneinde einde = kalender.einde(d("2025-04-25"), 1, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2025-04-28"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void koningsdagOpEenWeekdagWordtOvergeslagenInWerkdagen() {
            // wo 26-04-2028 + 3: do 27 Koningsdag, vr 28 (1), ma 1 mei (2), di 2 mei (3)
            Termijneinde einde = kalender.einde(d("2028-04-26"), 3, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-05-02"));
            assertThat(einde.uitleg()).containsExactly("2028-04-27 Koningsdag");
        }

        @Test
        void koningsdagEnBevrijdingsdagOpWeekdagenWordenBeideOvergeslagen() {
            // vr 24-04-2026 + 6: ma 27 Koningsdag, di 28 (1), wo 29 (2), do 30 (3), vr 1 mei (4),
            // ma 4 mei (5), di 5 mei Bevrijdingsdag, wo 6 mei (6)
            Termijneinde einde = kalender.einde(d("2026-04-24"), 6, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-05-06"));
            assertThat(einde.uitleg()).containsExactly("2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag");
        }
    }

    @Nested
    class GewoneWerkdagen {

        @ParameterizedTest(name = "{0} ({1}) is een werkdag")
        @CsvSource({
                "2026-04-02, Witte Donderdag",
                "2027-03-25, Witte Donderdag",
                "2028-04-13, Witte Donderdag",
                "2026-04-07, dinsdag na Tweede Paasdag",
                "2026-12-24, Kerstavond",
                "2026-12-31, Oudejaarsdag",
                "2027-12-24, Kerstavond",
                "2027-12-31, Oudejaarsdag",
                "2027-12-27, maandag na Kerst in het weekend",
                "2028-01-03, maandag na Nieuwjaarsdag op zaterdag",
                "2026-02-16, carnavalsmaandag",
                "2026-02-17, carnavalsdinsdag",
                "2027-02-08, carnavalsmaandag",
                "2027-02-09, carnavalsdinsdag",
                "2026-05-04, Dodenherdenking",
                "2027-05-04, Dodenherdenking",
                "2028-05-04, Dodenherdenking",
                "2026-05-15, vrijdag na Hemelvaart",
                "2028-04-28, vrijdag na Koningsdag",
                "2025-04-25, vrijdag voor verschoven Koningsdag",
                "2026-11-11, Sint-Maarten"
        })
        void gewoneWeekdagRondFeestdagenIsWerkdag(LocalDate dag, String omschrijving) {
            assertThat(kalender.isWerkdag(dag, GEEN_SLUITINGEN)).as(omschrijving).isTrue();
            assertThat(kalender.vrijeDag(dag, GEEN_SLUITINGEN)).as(omschrijving).isEmpty();
        }

        @Test
        void zaterdagEnZondagZijnGeenWerkdag() {
            assertThat(kalender.vrijeDag(d("2026-11-14"), GEEN_SLUITINGEN)).contains("zaterdag");
            assertThat(kalender.vrijeDag(d("2026-11-15"), GEEN_SLUITINGEN)).contains("zondag");
        }
    }

    @Nested
    class WerkdagenTermijn {

        @Test
        void meldingPlusTienWerkdagenZonderFeestdagen() {
            // vr 13-11-2026: ma 16 t/m vr 20 (5), ma 23 t/m vr 27 (10)
            Termijneinde einde = kalender.einde(d("2026-11-13"), 10, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-11-27"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void tienWerkdagenOverPasenSlaanGoedeVrijdagEnTweedePaasdagOver() {
            // ma 30-03-2026: di 31 (1), wo 1 (2), do 2 (3), vr 3 GV, ma 6 TP, di 7..vr 10 (7), ma 13 (8),
            // di 14 (9), wo 15 april (10)
            Termijneinde einde = kalender.einde(d("2026-03-30"), 10, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-04-15"));
            assertThat(einde.uitleg()).containsExactly("2026-04-03 Goede Vrijdag", "2026-04-06 Tweede Paasdag");
        }

        @Test
        void hemelvaartEnTweedePinksterdagWordenOvergeslagen() {
            // ma 11-05-2026: di 12 (1), wo 13 (2), do 14 HV, vr 15 (3), ma 18..vr 22 (8), ma 25 TPi,
            // di 26 (9), wo 27 mei (10)
            Termijneinde einde = kalender.einde(d("2026-05-11"), 10, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-05-27"));
            assertThat(einde.uitleg()).containsExactly("2026-05-14 Hemelvaartsdag", "2026-05-25 Tweede Pinksterdag");
        }

        @Test
        void bevrijdingsdagEnHemelvaartOpOpeenvolgendeDagen2027() {
            // di 04-05-2027: wo 5 Bevrijdingsdag, do 6 Hemelvaart, vr 7 mei (1)
            Termijneinde einde = kalender.einde(d("2027-05-04"), 1, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-05-07"));
            assertThat(einde.uitleg()).containsExactly("2027-05-05 Bevrijdingsdag", "2027-05-06 Hemelvaartsdag");
        }

        @Test
        void bevrijdingsdagOpVrijdagWordtOvergeslagen() {
            // wo 03-05-2028: do 4 (1), vr 5 Bevrijdingsdag, ma 8 mei (2)
            Termijneinde einde = kalender.einde(d("2028-05-03"), 2, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-05-08"));
            assertThat(einde.uitleg()).containsExactly("2028-05-05 Bevrijdingsdag");
        }

        @Test
        void tweedePinksterdagInJuni2028() {
            // vr 02-06-2028: ma 5 TPi, di 6 juni (1)
            Termijneinde einde = kalender.einde(d("2028-06-02"), 1, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-06-06"));
            assertThat(einde.uitleg()).containsExactly("2028-06-05 Tweede Pinksterdag");
        }

        @Test
        void werkdagenOverDeJaarwisseling2026Naar2027() {
            // wo 23-12-2026: do 24 (1), vr 25 EK, za 26 TK (weekend, niet vermeld), ma 28 (2) .. do 31 (5),
            // vr 1-1 Nieuwjaarsdag, ma 4 (6), di 5 jan 2027 (7)
            Termijneinde einde = kalender.einde(d("2026-12-23"), 7, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-01-05"));
            assertThat(einde.uitleg()).containsExactly("2026-12-25 Eerste Kerstdag", "2027-01-01 Nieuwjaarsdag");
        }

        @Test
        void werkdagenOverDeJaarwisseling2027Naar2028MetFeestdagenInHetWeekend() {
            // wo 22-12-2027: do 23 (1), vr 24 (2), za/zo Kerst, ma 27 (3) .. vr 31 (7), za 1-1 Nieuwjaarsdag,
            // ma 3 jan 2028 (8). Feestdagen in het weekend verschuiven niets en worden niet vermeld.
            Termijneinde einde = kalender.einde(d("2027-12-22"), 8, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-01-03"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void tellingBegintDeDagNaEenFeestdag() {
            // vr 25-12-2026 (zelf niet geteld of vermeld): za 26, zo 27, ma 28 (1)
            Termijneinde einde = kalender.einde(d("2026-12-25"), 1, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-28"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void tellingBegintDeDagNaDeMelding() {
            // ma 16-11-2026 + 1 werkdag = di 17
            assertThat(kalender.einde(d("2026-11-16"), 1, Eenheid.WERKDAGEN, GEEN_SLUITINGEN).uiterlijk())
                    .isEqualTo(d("2026-11-17"));
        }
    }

    @Nested
    class KalendertijdTermijn {

        @Test
        void zesWekenEindigendOpEersteKerstdagSchuiftNaarMaandag() {
            // vr 13-11-2026 + 6 weken = vr 25-12 EK, za 26 TK, zo 27, ma 28 dec
            Termijneinde einde = kalender.einde(d("2026-11-13"), 6, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-28"));
            assertThat(einde.uitleg()).containsExactly(
                    "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag", "2026-12-27 zondag");
        }

        @Test
        void wekentermijnEindigendOpNieuwjaarsdagOpVrijdagSchuiftDoor() {
            // vr 18-12-2026 + 2 weken = vr 1-1-2027 Nieuwjaarsdag, za 2, zo 3, ma 4 jan
            Termijneinde einde = kalender.einde(d("2026-12-18"), 2, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-01-04"));
            assertThat(einde.uitleg()).containsExactly(
                    "2027-01-01 Nieuwjaarsdag", "2027-01-02 zaterdag", "2027-01-03 zondag");
        }

        @Test
        void tweeWekenVanaf18December2027EindigtOpMaandag3Januari() {
            // za 18-12-2027 + 2 weken = za 1-1-2028 Nieuwjaarsdag, zo 2, ma 3 jan
            Termijneinde einde = kalender.einde(d("2027-12-18"), 2, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-01-03"));
            assertThat(einde.uitleg()).containsExactly("2028-01-01 Nieuwjaarsdag", "2028-01-02 zondag");
        }

        @Test
        void wekentermijnEindigendOpKerstInHetWeekend2027() {
            // za 11-12-2027 + 2 weken = za 25-12 EK, zo 26 TK, ma 27 dec
            Termijneinde einde = kalender.einde(d("2027-12-11"), 2, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-12-27"));
            assertThat(einde.uitleg()).containsExactly("2027-12-25 Eerste Kerstdag", "2027-12-26 Tweede Kerstdag");
        }

        @Test
        void wekentermijnEindigendOpWerkdagBlijftStaan() {
            // vr 13-11-2026 + 4 weken = vr 11-12-2026
            Termijneinde einde = kalender.einde(d("2026-11-13"), 4, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-11"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void dagentermijnEindigendOpZaterdagSchuiftNaarMaandag() {
            // vr 13-11-2026 + 8 dagen = za 21-11, zo 22, ma 23 nov
            Termijneinde einde = kalender.einde(d("2026-11-13"), 8, Eenheid.DAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-11-23"));
            assertThat(einde.uitleg()).containsExactly("2026-11-21 zaterdag", "2026-11-22 zondag");
        }

        @Test
        void dagentermijnEindigendOpZondagSchuiftNaarMaandag() {
            Termijneinde einde = kalender.einde(d("2026-11-13"), 9, Eenheid.DAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-11-23"));
            assertThat(einde.uitleg()).containsExactly("2026-11-22 zondag");
        }

        @Test
        void dagentermijnEindigendOpWerkdagBlijftStaan() {
            Termijneinde einde = kalender.einde(d("2026-11-13"), 10, Eenheid.DAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-11-23"));
            assertThat(einde.uitleg()).isEmpty();
        }

        @Test
        void dagentermijnEindigendOpGoedeVrijdagSchuiftOverHetPaasweekend() {
            // vr 12-03-2027 + 14 dagen = vr 26-03 GV, za 27, zo 28 (Eerste Paasdag = gewone zondag),
            // ma 29 TP, di 30 maart
            Termijneinde einde = kalender.einde(d("2027-03-12"), 14, Eenheid.DAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-03-30"));
            assertThat(einde.uitleg()).containsExactly("2027-03-26 Goede Vrijdag", "2027-03-27 zaterdag",
                    "2027-03-28 zondag", "2027-03-29 Tweede Paasdag");
        }

        @Test
        void dagentermijnEindigendOpEersteKerstdagOpMaandag2028() {
            // wo 20-12-2028 + 5 dagen = ma 25 EK, di 26 TK, wo 27 dec
            Termijneinde einde = kalender.einde(d("2028-12-20"), 5, Eenheid.DAGEN, GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2028-12-27"));
            assertThat(einde.uitleg()).containsExactly("2028-12-25 Eerste Kerstdag", "2028-12-26 Tweede Kerstdag");
        }
    }

    @Nested
    class GeslotenDagen {

        private final Map<LocalDate, String> brugdag = Map.of(d("2026-05-15"), "Brugdag na Hemelvaart");

        @Test
        void geslotenDagIsGeenWerkdagEnHeeftZijnReden() {
            assertThat(kalender.isWerkdag(d("2026-05-15"), brugdag)).isFalse();
            assertThat(kalender.vrijeDag(d("2026-05-15"), brugdag)).contains("Brugdag na Hemelvaart");
        }

        @Test
        void geslotenDagWordtInWerkdagentermijnOvergeslagenEnToegelicht() {
            // ma 11-05-2026: di 12 (1), wo 13 (2), do 14 HV, vr 15 brugdag, ma 18..vr 22 (7), ma 25 TPi,
            // di 26 (8), wo 27 (9), do 28 mei (10)
            Termijneinde einde = kalender.einde(d("2026-05-11"), 10, Eenheid.WERKDAGEN, brugdag);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-05-28"));
            assertThat(einde.uitleg()).containsExactly("2026-05-14 Hemelvaartsdag", "2026-05-15 Brugdag na Hemelvaart",
                    "2026-05-25 Tweede Pinksterdag");
        }

        @Test
        void geslotenDagGeldtAlleenVoorDeMeegegevenSluitingen() {
            assertThat(kalender.einde(d("2026-05-11"), 10, Eenheid.WERKDAGEN, brugdag).uiterlijk())
                    .isEqualTo(d("2026-05-28"));
            // daarna, zonder sluitingen: weer gewoon een werkdag en de oorspronkelijke uitkomst
            assertThat(kalender.isWerkdag(d("2026-05-15"), GEEN_SLUITINGEN)).isTrue();
            Termijneinde zonder = kalender.einde(d("2026-05-11"), 10, Eenheid.WERKDAGEN, GEEN_SLUITINGEN);
            assertThat(zonder.uiterlijk()).isEqualTo(d("2026-05-27"));
            assertThat(zonder.uitleg()).doesNotContain("2026-05-15 Brugdag na Hemelvaart");
            assertThat(kalender.feestdagen(2026)).doesNotContainKey(d("2026-05-15"));
        }

        @Test
        void wekentermijnEindigendOpGeslotenDagSchuiftDoor() {
            // vr 13-11-2026 + 4 weken = vr 11-12 (gesloten), za 12, zo 13, ma 14 dec
            Map<LocalDate, String> verhuizing = Map.of(d("2026-12-11"), "Verhuizing gemeentehuis");
            Termijneinde einde = kalender.einde(d("2026-11-13"), 4, Eenheid.WEKEN, verhuizing);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-14"));
            assertThat(einde.uitleg()).containsExactly(
                    "2026-12-11 Verhuizing gemeentehuis", "2026-12-12 zaterdag", "2026-12-13 zondag");
        }

        @Test
        void kerstsluitingRondDeJaarwisseling() {
            // wo 23-12-2026: do 24 gesloten, vr 25 EK, ma 28 (1), di 29 (2), wo 30 (3), do 31 gesloten,
            // vr 1-1 NJ, ma 4 (4), di 5 (5), wo 6 (6), do 7 jan 2027 (7)
            Map<LocalDate, String> kerstsluiting = Map.of(
                    d("2026-12-24"), "Kerstsluiting",
                    d("2026-12-31"), "Kerstsluiting");
            Termijneinde einde = kalender.einde(d("2026-12-23"), 7, Eenheid.WERKDAGEN, kerstsluiting);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-01-07"));
            assertThat(einde.uitleg()).containsExactly("2026-12-24 Kerstsluiting", "2026-12-25 Eerste Kerstdag",
                    "2026-12-31 Kerstsluiting", "2027-01-01 Nieuwjaarsdag");
        }
    }

    @Nested
    class WerkdagenVoor {

        @Test
        void drieWerkdagenVoorMaandagNaKerst() {
            // 27 zo, 26 TK, 25 EK, 24 do (1), 23 wo (2), 22 di (3)
            assertThat(kalender.werkdagenVoor(d("2026-12-28"), 3, GEEN_SLUITINGEN)).isEqualTo(d("2026-12-22"));
        }

        @Test
        void tweeWerkdagenVoorDeEersteMaandagVanHetJaar() {
            // ma 4-1-2027: zo 3, za 2, vr 1 NJ, do 31-12 (1), wo 30-12 (2)
            assertThat(kalender.werkdagenVoor(d("2027-01-04"), 2, GEEN_SLUITINGEN)).isEqualTo(d("2026-12-30"));
        }

        @Test
        void eenWerkdagVoorDeDinsdagNaPasen() {
            // di 7-4-2026: ma 6 TP, zo 5, za 4, vr 3 GV, do 2 april (1)
            assertThat(kalender.werkdagenVoor(d("2026-04-07"), 1, GEEN_SLUITINGEN)).isEqualTo(d("2026-04-02"));
        }

        @Test
        void werkdagenVoorSlaatGeslotenDagenOver() {
            // ma 18-5-2026: zo 17, za 16, vr 15 brugdag, do 14 HV, wo 13 mei (1)
            Map<LocalDate, String> brugdag = Map.of(d("2026-05-15"), "Brugdag na Hemelvaart");
            assertThat(kalender.werkdagenVoor(d("2026-05-18"), 1, brugdag)).isEqualTo(d("2026-05-13"));
            assertThat(kalender.werkdagenVoor(d("2026-05-18"), 1, GEEN_SLUITINGEN)).isEqualTo(d("2026-05-15"));
        }

        @Test
        void nulWerkdagenVoorIsDezelfdeDag() {
            assertThat(kalender.werkdagenVoor(d("2026-12-28"), 0, GEEN_SLUITINGEN)).isEqualTo(d("2026-12-28"));
        }
    }

    /** Werkdagen left until a last day, or overdue since it: what the Termijnbewaking dashboard shows. */
    /** Awb 4:15: a suspension extends the count; the Atw then applies to where the count ends (Atw art 1). */
    @Nested
    class NaarWerkdag {

        @Test
        void eenTermijnInWekenOpEersteKerstdag_eindigtNaHetWeekend_enOnthoudtHetEindeVanDeTelling() {
            // 8 weeks from vr 30-10-2026: vr 25-12 EK, za 26 TK, zo 27: ma 28-12.
            var einde = kalender.einde(d("2026-10-30"), 8, Eenheid.WEKEN, GEEN_SLUITINGEN);
            assertThat(einde.kalendereinde()).isEqualTo(d("2026-12-25"));
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-28"));
        }

        @Test
        void tweeDagenOpgeschortVanafEersteKerstdag_eindigtNogSteedsOpMaandag() {
            // 25-12 + 2 = zo 27-12: ma 28-12, not two days after the moved last day.
            var einde = kalender.naarWerkdag(d("2026-12-27"), GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2026-12-28"));
            assertThat(einde.uitleg()).containsExactly("2026-12-27 zondag");
        }

        @Test
        void opGoedeVrijdag2027_doorPasenHeenTotDinsdag() {
            // vr 26-3 Goede Vrijdag, za 27, zo 28 (Eerste Paasdag), ma 29 Tweede Paasdag: di 30-3-2027.
            var einde = kalender.naarWerkdag(d("2027-03-26"), GEEN_SLUITINGEN);
            assertThat(einde.uiterlijk()).isEqualTo(d("2027-03-30"));
            assertThat(einde.kalendereinde()).isEqualTo(d("2027-03-26"));
        }

        @Test
        void eenWerkdagBlijftZelf() {
            assertThat(kalender.naarWerkdag(d("2026-12-18"), GEEN_SLUITINGEN).uiterlijk()).isEqualTo(d("2026-12-18"));
        }
    }

    @Nested
    class WerkdagenTussen {

        @Test
        void opDeLaatsteDagZelfIsErNulOver() {
            assertThat(kalender.werkdagenTussen(d("2026-12-03"), d("2026-12-03"), GEEN_SLUITINGEN)).isZero();
        }

        @Test
        void overKerstTeltAlleenDeWerkdagen() {
            // from do 24-12-2026: vr 25 EK, za 26 TK, zo 27, ma 28 (1), di 29 (2)
            assertThat(kalender.werkdagenTussen(d("2026-12-24"), d("2026-12-29"), GEEN_SLUITINGEN)).isEqualTo(2);
        }

        @Test
        void eenVerstrekenDagTeltNegatief() {
            // last day do 24-12-2026, today ma 4-1-2027: 28, 29, 30, 31 (4), vr 1 NJ, za 2, zo 3, ma 4 (5)
            assertThat(kalender.werkdagenTussen(d("2027-01-04"), d("2026-12-24"), GEEN_SLUITINGEN)).isEqualTo(-5);
        }

        @Test
        void eenGeslotenDagVanDeGemeenteTeltNiet() {
            // from wo 13-5-2026: do 14 HV, vr 15 brugdag, za 16, zo 17, ma 18 (1)
            Map<LocalDate, String> brugdag = Map.of(d("2026-05-15"), "Brugdag na Hemelvaart");
            assertThat(kalender.werkdagenTussen(d("2026-05-13"), d("2026-05-18"), brugdag)).isEqualTo(1);
            assertThat(kalender.werkdagenTussen(d("2026-05-13"), d("2026-05-18"), GEEN_SLUITINGEN)).isEqualTo(2);
        }
    }
}
