package nl.jeugdhulp.toegang.pgb;

import java.math.BigDecimal;

/** What one tariff pays for. A dagdeel is 4 hours, a dag 24 hours (004 bijlage 1). */
public enum Tariefeenheid {
    UUR("uur", "uur"),
    DAGDEEL("dagdeel", "dagdelen"),
    DAG("dag", "dagen");

    private final String enkelvoud;
    private final String meervoud;

    Tariefeenheid(String enkelvoud, String meervoud) {
        this.enkelvoud = enkelvoud;
        this.meervoud = meervoud;
    }

    /** "uur", "dagdeel", "dag": as in "per uur". */
    public String enkelvoud() {
        return enkelvoud;
    }

    /** A quantity as a letter writes it: "1 dag", "3 dagdelen", "2,5 uur". */
    public String aantal(BigDecimal aantal) {
        return Bedragen.getal(aantal) + " " + (aantal.compareTo(BigDecimal.ONE) == 0 ? enkelvoud : meervoud);
    }
}
