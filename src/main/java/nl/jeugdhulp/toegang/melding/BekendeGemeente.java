package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;

/** The code of a gemeente this installation serves ({@code jeugdhulp.gemeenten}). */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = BekendeGemeente.Validator.class)
public @interface BekendeGemeente {

    String message() default "{nl.jeugdhulp.toegang.melding.BekendeGemeente.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Made by Spring's validator factory, which passes the configured gemeenten to the constructor. */
    class Validator implements ConstraintValidator<BekendeGemeente, String> {

        private final Gemeenten gemeenten;

        public Validator(Gemeenten gemeenten) {
            this.gemeenten = gemeenten;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || gemeenten.find(code).isPresent();
        }
    }
}
