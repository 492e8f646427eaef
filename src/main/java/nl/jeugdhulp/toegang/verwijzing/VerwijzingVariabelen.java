package nl.jeugdhulp.toegang.verwijzing;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of a verwijzing by a huisarts, jeugdarts or medisch specialist.
 */
public final class VerwijzingVariabelen {

    /** The day the family was contacted after the verwijzing. */
    public static final Variabele<LocalDate> CONTACT_DATUM = Variabele.datum("contactDatum");

    private VerwijzingVariabelen() {
    }
}
