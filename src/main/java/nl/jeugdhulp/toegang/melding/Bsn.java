package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A burgerservicenummer: nine digits that pass the elfproef (weights 9..2 and -1, sum divisible by 11). A blank
 * one passes, so that a missing BSN gets the one message of {@code @NotBlank}.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Bsn.Validator.class)
public @interface Bsn {

    String message() default "{nl.jeugdhulp.toegang.melding.Bsn.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Bsn, String> {

        @Override
        public boolean isValid(String bsn, ConstraintValidatorContext context) {
            if (bsn == null || bsn.isBlank()) {
                return true;
            }
            if (!bsn.matches("\\d{9}") || bsn.equals("000000000")) {
                return false;
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (bsn.charAt(i) - '0');
            }
            som -= bsn.charAt(8) - '0';
            return som % 11 == 0;
        }
    }
}
