package nl.jeugdhulp.toegang.proces;

import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups our roles are: the candidate groups of the models and what security/Autorisaties grants. */
public final class Groepen {

    public static final String CONSULENTEN = "consulenten";
    public static final String TEAMLEIDERS = "teamleiders";
    public static final String PROCESONTWERPERS = "procesontwerpers";
    /** The gemeente's IT operators: the installation's metrics, no case data. */
    public static final String BEHEERDERS = "beheerders";
    /** Camunda's own administrators' group. */
    public static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

    private Groepen() {
    }
}
