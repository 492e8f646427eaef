package nl.jeugdhulp.toegang.dwangsom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Awb 4:17 on concrete days and amounts, at every limit of its three rates and its maximum. */
class DwangsomTest {

    /** Lid 2: € 23 for days 1-14, € 35 for 15-28, € 45 for 29-42; nothing more after 42 (lid 1). */
    @ParameterizedTest(name = "{0} dagen: € {1}")
    @CsvSource({
            "0, 0.00",
            "1, 23.00",
            "14, 322.00",
            "15, 357.00",
            "28, 812.00",
            "29, 857.00",
            "42, 1442.00",
            "43, 1442.00",
            "-1, 0.00"})
    void bedrag_perDagMetDeDrieTarievenEnHetMaximum(int dagen, String bedrag) {
        assertThat(Dwangsom.bedrag(dagen)).isEqualTo(new BigDecimal(bedrag));
    }

    /**
     * Lid 3: received on Monday 7 December 2026, the gemeente decides in time up to and including Monday 21 December;
     * the dwangsom runs from Tuesday 22 December. Christmas does not move these two weeks.
     */
    @Test
    void eersteDag_isDeVijftiendeDagNaDeOntvangst() {
        assertThat(Dwangsom.eersteDag(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(Dwangsom.beslissenUiterlijk(LocalDate.of(2026, 12, 22))).isEqualTo(LocalDate.of(2026, 12, 21));
        // Received on Friday 11 December: the fourteenth day is Eerste Kerstdag, the first dwangsom day the day after.
        assertThat(Dwangsom.eersteDag(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    /** A beschikking sent on the first dwangsom day owes nothing: the day it is sent no longer counts. */
    @Test
    void dagenTotVerzending_deVerzenddagTeltNietMee_enHooguit42() {
        LocalDate eerste = LocalDate.of(2026, 12, 22);
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2026, 12, 21))).isZero();
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2026, 12, 22))).isZero();
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2026, 12, 23))).isEqualTo(1);
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2027, 1, 12))).isEqualTo(21);
        // 22 December + 42 days: the last dwangsom day is 1 February 2027; later days add nothing.
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2027, 2, 2))).isEqualTo(42);
        assertThat(Dwangsom.dagenTotVerzending(eerste, LocalDate.of(2027, 3, 1))).isEqualTo(42);
        assertThat(Dwangsom.laatsteDag(eerste, 42)).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    /** Awb 4:18: settled within two weeks after the dwangsom's last day. */
    @Test
    void vaststellenUiterlijk_tweeWekenNaDeLaatsteDwangsomdag() {
        assertThat(Dwangsom.vaststellenUiterlijk(LocalDate.of(2027, 1, 11))).isEqualTo(LocalDate.of(2027, 1, 25));
    }
}
