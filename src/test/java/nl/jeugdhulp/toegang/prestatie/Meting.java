package nl.jeugdhulp.toegang.prestatie;

import java.util.List;

/** Order statistics of measured durations or sizes. */
public final class Meting {

    private Meting() {
    }

    public static double mediaan(List<Double> waarden) {
        return percentiel(waarden, 0.5);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} of all values at or below it. */
    public static double percentiel(List<Double> waarden, double p) {
        List<Double> gesorteerd = waarden.stream().sorted().toList();
        int rang = (int) Math.ceil(p * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }
}
