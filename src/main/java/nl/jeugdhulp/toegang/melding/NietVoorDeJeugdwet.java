package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The Jeugdwet took effect on 1 January 2015; a melding cannot be older. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = NietVoorDeJeugdwet.Validator.class)
public @interface NietVoorDeJeugdwet {

    String message() default "{nl.jeugdhulp.toegang.melding.NietVoorDeJeugdwet.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NietVoorDeJeugdwet, LocalDate> {

        private static final LocalDate JEUGDWET = LocalDate.of(2015, 1, 1);

        @Override
        public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
            return datum == null || !datum.isBefore(JEUGDWET);
        }
    }
}
