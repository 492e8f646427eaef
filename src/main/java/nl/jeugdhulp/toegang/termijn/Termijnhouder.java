package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * A feature that keeps some termijnen itself instead of on the zaak, because a zaak can have more than one of
 * them (the beslistermijn of each bezwaar). {@link Termijnen} asks it for the termijnen of its soorten, so
 * every model keeps the one timer expression {@code ${termijnen.verstrijktOp(execution, 'SOORT')}}.
 */
public interface Termijnhouder {

    /** Whether the termijnen of this soort are kept here. */
    boolean houdt(Termijnsoort soort);

    /** The last day of the termijn of this soort that the execution's process instance is about. */
    LocalDate uiterlijk(DelegateExecution execution, Termijnsoort soort);

    /** Marks that termijn OVERSCHREDEN; false, changing nothing, when it was no longer running. */
    boolean overschrijden(DelegateExecution execution, Termijnsoort soort);
}
