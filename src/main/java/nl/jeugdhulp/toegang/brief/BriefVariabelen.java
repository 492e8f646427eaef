package nl.jeugdhulp.toegang.brief;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The input of a "Brief versturen" step.
 */
public final class BriefVariabelen {

    /** Input parameter of a "Brief versturen" step: which letter it sends. */
    public static final Variabele<Briefsoort> BRIEF = Variabele.keuze("brief", Briefsoort.class);

    private BriefVariabelen() {
    }
}
