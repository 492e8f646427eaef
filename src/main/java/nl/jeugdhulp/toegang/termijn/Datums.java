package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them, for letters, forms and explanations. */
public final class Datums {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);
    private static final DateTimeFormatter MET_DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NEDERLANDS);

    private Datums() {
    }

    /** "13 november 2026". */
    public static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }

    /** "vrijdag 13 november 2026". */
    public static String metDag(LocalDate datum) {
        return MET_DAG.format(datum);
    }
}
