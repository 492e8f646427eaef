package nl.jeugdhulp.toegang.pgb;

import java.math.BigDecimal;

/**
 * A computed PGB: {@code bedrag = tarief × aantal}, in euros and cents.
 *
 * @param berekening how the amount was reached, in Dutch, for the beschikking (004 art 9.3 c)
 */
public record PgbBedrag(BigDecimal bedrag, BigDecimal tarief, Tariefeenheid eenheid, BigDecimal aantal,
                        String berekening) {
}
