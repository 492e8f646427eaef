package nl.jeugdhulp.toegang.pgb;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of a PGB: what it buys, how much of it, and the amount (004 art 10-11, bijlage 1).
 */
public final class PgbVariabelen {

    /** The amount of the PGB as recorded in the beschikking; the vier-ogen rule weighs it (001 §4). */
    public static final Variabele<Double> PGB_BEDRAG_EURO = Variabele.bedrag("pgbBedragEuro");

    /** What a PGB buys and how much of it, for processes/pgb-tarief.dmn and PgbBerekening (004 art 10, bijlage 1). */
    public static final Variabele<Zorgsoort> ZORGSOORT = Variabele.keuze("zorgsoort", Zorgsoort.class);
    public static final Variabele<Boolean> SOCIAAL_NETWERK = Variabele.vlag("sociaalNetwerk");
    public static final Variabele<BigDecimal> PGB_AANTAL = Variabele.decimaal("pgbAantal");
    public static final Variabele<LocalDate> AANKOMST = Variabele.datum("aankomst");
    public static final Variabele<LocalDate> VERTREK = Variabele.datum("vertrek");
    public static final Variabele<BigDecimal> AFGESPROKEN_TARIEF = Variabele.decimaal("afgesprokenTarief");
    public static final Variabele<BigDecimal> ZIN_TARIEF = Variabele.decimaal("zinTarief");

    private PgbVariabelen() {
    }
}
