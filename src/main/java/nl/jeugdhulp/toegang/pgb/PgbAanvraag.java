package nl.jeugdhulp.toegang.pgb;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * What the consulent has established to compute a PGB over one period.
 *
 * @param gemeente          the gemeente's code as configured ({@code stadskanaal}, {@code kampen}, ...)
 * @param zorgsoort         the care the budget buys
 * @param sociaalNetwerk    whether someone from the family's own network gives the help (004 art 11; 002 §6.11-6.12)
 * @param aantal            hours or dagdelen in the period; not used for care paid per day
 * @param verblijven        the stays that make up the days of care paid per day (kortdurend verblijf)
 * @param afgesprokenTarief the tariff agreed with the caregiver, when lower than the maximum
 * @param zinTarief         what the cheapest adequate care in kind (ZIN) costs per unit; required where the gemeente
 *                          caps the budget by it or has set no PGB rate at all (004 art 10.4, 002 §6.6)
 */
public record PgbAanvraag(String gemeente, Zorgsoort zorgsoort, boolean sociaalNetwerk, @Nullable BigDecimal aantal,
                          List<Verblijf> verblijven, @Nullable BigDecimal afgesprokenTarief,
                          @Nullable BigDecimal zinTarief) {

    public PgbAanvraag {
        verblijven = verblijven == null ? List.of() : List.copyOf(verblijven);
    }

    /** Care paid per hour or dagdeel. */
    public static PgbAanvraag voorAantal(String gemeente, Zorgsoort zorgsoort, boolean sociaalNetwerk, BigDecimal aantal) {
        return new PgbAanvraag(gemeente, zorgsoort, sociaalNetwerk, aantal, List.of(), null, null);
    }

    /** Kortdurend verblijf, paid per day of the given stays. */
    public static PgbAanvraag voorVerblijven(String gemeente, boolean sociaalNetwerk, List<Verblijf> verblijven) {
        return new PgbAanvraag(gemeente, Zorgsoort.KORTDUREND_VERBLIJF, sociaalNetwerk, null, verblijven, null, null);
    }

    public PgbAanvraag metAfgesprokenTarief(BigDecimal tarief) {
        return new PgbAanvraag(gemeente, zorgsoort, sociaalNetwerk, aantal, verblijven, tarief, zinTarief);
    }

    public PgbAanvraag metZinTarief(BigDecimal tarief) {
        return new PgbAanvraag(gemeente, zorgsoort, sociaalNetwerk, aantal, verblijven, afgesprokenTarief, tarief);
    }
}
