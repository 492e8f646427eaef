package nl.jeugdhulp.toegang.spoed;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of the spoed steps (004 art 3.3).
 */
public final class SpoedVariabelen {

    /** Spoed (004 art 3.3): the temporary measure taken. */
    public static final Variabele<TijdelijkeMaatregel> TIJDELIJKE_MAATREGEL = Variabele.keuze("tijdelijkeMaatregel", TijdelijkeMaatregel.class);

    private SpoedVariabelen() {
    }
}
