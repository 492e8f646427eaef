package nl.jeugdhulp.toegang.pgb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts and quantities written the Dutch way, for beschikkingen and other letters: "€ 1.290,00" (a period
 * groups thousands, a comma starts the cents). The separators are set here rather than taken from the JVM's
 * locale data, so a letter never depends on the machine it was printed on.
 */
public final class Bedragen {

    private Bedragen() {
    }

    /** {@code 1290} → "€ 1.290,00"; cents are rounded half up. */
    public static String euro(BigDecimal bedrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00", symbolen());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return "€ " + format.format(bedrag);
    }

    /** {@code 2.50} → "2,5", {@code 1200} → "1.200": as many decimals as the number has, no trailing zeros. */
    public static String getal(BigDecimal getal) {
        DecimalFormat format = new DecimalFormat("#,##0.#", symbolen());
        format.setMaximumFractionDigits(Math.max(0, getal.stripTrailingZeros().scale()));
        return format.format(getal);
    }

    private static DecimalFormatSymbols symbolen() {
        DecimalFormatSymbols symbolen = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));
        symbolen.setGroupingSeparator('.');
        symbolen.setDecimalSeparator(',');
        symbolen.setMinusSign('-');
        return symbolen;
    }
}
