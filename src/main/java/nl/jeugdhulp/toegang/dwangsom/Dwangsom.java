package nl.jeugdhulp.toegang.dwangsom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dwangsom for not deciding in time (Awb 4:17), computed to the day and the cent.
 * <ul>
 *   <li>Lid 3: it runs from the day on which two weeks have passed after the later of the end of the beslistermijn and
 *   the receipt of the written ingebrekestelling. An ingebrekestelling counts only after the term has passed, so that
 *   day is its receipt: the gemeente then still decides in time within the two weeks that follow (the day after the
 *   receipt up to and including the fourteenth), and the dwangsom runs from the fifteenth day after it. The two weeks
 *   are not moved past a weekend or holiday: they are no term for a party to act in, and moving them would cost the
 *   family days it is owed (our reading; the Atw speaks of terms to act within).</li>
 *   <li>It runs for every day the gemeente is in default, up to and including the day before it sends the
 *   beschikking, for at most 42 days (lid 1).</li>
 *   <li>Lid 2: € 23 a day for the first 14 days, € 35 for the next 14, € 45 after that: at most € 1,442.</li>
 * </ul>
 */
public final class Dwangsom {

    public static final int MAXIMUM_DAGEN = 42;
    /** Lid 3: the gemeente still decides in time within two weeks after the ingebrekestelling. */
    static final int WACHTDAGEN = 14;
    /** Awb 4:18: the dwangsom is settled within two weeks after its last day. */
    static final int VASTSTELLEN_DAGEN = 14;

    private static final BigDecimal EERSTE = new BigDecimal("23.00");
    private static final BigDecimal TWEEDE = new BigDecimal("35.00");
    private static final BigDecimal DERDE = new BigDecimal("45.00");

    private Dwangsom() {
    }

    /** The first day a dwangsom runs for, after an ingebrekestelling received on {@code ontvangen}. */
    public static LocalDate eersteDag(LocalDate ontvangen) {
        return ontvangen.plusDays(WACHTDAGEN + 1);
    }

    /** The last day to decide without a dwangsom: the fourteenth day after the ingebrekestelling. */
    public static LocalDate beslissenUiterlijk(LocalDate eersteDag) {
        return eersteDag.minusDays(1);
    }

    /** The days it runs for, from {@code eersteDag} up to and including {@code totEnMet}: 0 to 42. */
    public static int dagen(LocalDate eersteDag, LocalDate totEnMet) {
        long dagen = ChronoUnit.DAYS.between(eersteDag, totEnMet) + 1;
        return (int) Math.max(0, Math.min(MAXIMUM_DAGEN, dagen));
    }

    /** The days owed when the beschikking went out on {@code verzonden}: the day it was sent no longer counts. */
    public static int dagenTotVerzending(LocalDate eersteDag, LocalDate verzonden) {
        return dagen(eersteDag, verzonden.minusDays(1));
    }

    /** The last day it ran for, when it ran for {@code dagen} days (at least 1). */
    public static LocalDate laatsteDag(LocalDate eersteDag, int dagen) {
        return eersteDag.plusDays(dagen - 1L);
    }

    /** The last day to settle it (Awb 4:18): two weeks after its last day. */
    public static LocalDate vaststellenUiterlijk(LocalDate laatsteDag) {
        return laatsteDag.plusDays(VASTSTELLEN_DAGEN);
    }

    /** Lid 2, in euro with cents; over 42 days it stays at the maximum. */
    public static BigDecimal bedrag(int dagen) {
        int geteld = Math.max(0, Math.min(MAXIMUM_DAGEN, dagen));
        int eerste = Math.min(geteld, 14);
        int tweede = Math.min(Math.max(geteld - 14, 0), 14);
        int derde = Math.max(geteld - 28, 0);
        return EERSTE.multiply(BigDecimal.valueOf(eerste))
                .add(TWEEDE.multiply(BigDecimal.valueOf(tweede)))
                .add(DERDE.multiply(BigDecimal.valueOf(derde)));
    }
}
