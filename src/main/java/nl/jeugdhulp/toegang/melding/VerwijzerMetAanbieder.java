package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A referral names both ends, the verwijzer and the aanbieder referred to: a melding has both or neither. The
 * violation names the part that is missing, with the message for that part.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = VerwijzerMetAanbieder.Validator.class)
public @interface VerwijzerMetAanbieder {

    /** Required by Bean Validation, and not shown: each violation carries the message of the missing part. */
    String message() default "{nl.jeugdhulp.toegang.melding.VerwijzerMetAanbieder.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VerwijzerMetAanbieder, MeldingRequest> {

        private static final String ZONDER_AANBIEDER = "{nl.jeugdhulp.toegang.melding.VerwijzerMetAanbieder.aanbieder}";
        private static final String ZONDER_VERWIJZER = "{nl.jeugdhulp.toegang.melding.VerwijzerMetAanbieder.verwijzer}";

        @Override
        public boolean isValid(MeldingRequest melding, ConstraintValidatorContext context) {
            if (melding == null || (melding.verwijzer() == null) == (melding.aanbieder() == null)) {
                return true;
            }
            boolean zonderAanbieder = melding.aanbieder() == null;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(zonderAanbieder ? ZONDER_AANBIEDER : ZONDER_VERWIJZER)
                    .addPropertyNode(zonderAanbieder ? "aanbieder" : "verwijzer").addConstraintViolation();
            return false;
        }
    }
}
