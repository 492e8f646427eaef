package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** No control characters: they have no place in names or text, and PostgreSQL refuses NUL outright. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = GeenStuurtekens.Validator.class)
public @interface GeenStuurtekens {

    String message() default "{nl.jeugdhulp.toegang.melding.GeenStuurtekens.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Text of more than one line, such as a hulpvraag: newline, carriage return and tab are allowed. */
    boolean meerdereRegels() default false;

    class Validator implements ConstraintValidator<GeenStuurtekens, String> {

        private boolean meerdereRegels;

        @Override
        public void initialize(GeenStuurtekens constraint) {
            meerdereRegels = constraint.meerdereRegels();
        }

        @Override
        public boolean isValid(String tekst, ConstraintValidatorContext context) {
            return tekst == null || tekst.chars().noneMatch(c -> Character.isISOControl(c)
                    && !(meerdereRegels && (c == '\n' || c == '\r' || c == '\t')));
        }
    }
}
