package nl.jeugdhulp.toegang.proces;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A step refuses what was entered, e.g. a date in the future for a gesprek that took place. The step stays open
 * and nothing is stored. The message says what is expected, never what was given: a consulent who pastes a
 * child's BSN into a date field must not find it repeated in the answer or in the log.
 * <p>
 * To the engine it is a form field that failed validation: Tasklist and {@code /engine-rest} both answer 400 with
 * the message, and {@link Stapweigeringen} keeps it a client's mistake in the log, not an error.
 */
public class Stapweigering extends FormFieldValidationException {

    public Stapweigering(String melding) {
        super(null, melding);
    }
}
