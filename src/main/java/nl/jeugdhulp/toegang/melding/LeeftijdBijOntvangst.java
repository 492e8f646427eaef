package nl.jeugdhulp.toegang.melding;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The jeugdige's age on the day the melding was received (today when it names no day), Kampen 002 §4.3.1:
 * jeugdhulp is for minors; from {@code meerderjarig} it only continues help whose need was established before,
 * with the reason in {@code voortzettingReden}, and not at all from {@code voortzettingTot}. A child born after that
 * day is reported as such; a geboortedatum in the future only by its {@code @PastOrPresent}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = LeeftijdBijOntvangst.Validator.class)
public @interface LeeftijdBijOntvangst {

    /** Required by Bean Validation, and not shown: each violation carries the message of its case. */
    String message() default "{nl.jeugdhulp.toegang.melding.LeeftijdBijOntvangst.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int meerderjarig();

    int voortzettingTot();

    class Validator implements ConstraintValidator<LeeftijdBijOntvangst, MeldingRequest> {

        private static final String NA_ONTVANGST = "{nl.jeugdhulp.toegang.melding.LeeftijdBijOntvangst.naOntvangst}";
        private static final String TE_OUD = "{nl.jeugdhulp.toegang.melding.LeeftijdBijOntvangst.teOud}";
        private static final String ZONDER_REDEN = "{nl.jeugdhulp.toegang.melding.LeeftijdBijOntvangst.zonderReden}";

        private int meerderjarig;
        private int voortzettingTot;

        @Override
        public void initialize(LeeftijdBijOntvangst constraint) {
            meerderjarig = constraint.meerderjarig();
            voortzettingTot = constraint.voortzettingTot();
        }

        @Override
        public boolean isValid(MeldingRequest melding, ConstraintValidatorContext context) {
            if (melding == null || melding.jeugdige() == null || melding.jeugdige().geboortedatum() == null) {
                return true;
            }
            LocalDate vandaag = LocalDate.now(context.getClockProvider().getClock());
            LocalDate geboren = melding.jeugdige().geboortedatum();
            LocalDate ontvangen = melding.ontvangen() == null ? vandaag : melding.ontvangen();
            if (geboren.isAfter(vandaag)) {
                return true;
            }
            if (geboren.isAfter(ontvangen)) {
                return fout(context, "geboortedatum", NA_ONTVANGST);
            }
            int leeftijd = Period.between(geboren, ontvangen).getYears();
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("leeftijd", leeftijd);
            if (leeftijd >= voortzettingTot) {
                return fout(context, "geboortedatum", TE_OUD);
            }
            String reden = melding.jeugdige().voortzettingReden();
            if (leeftijd >= meerderjarig && (reden == null || reden.isBlank())) {
                return fout(context, "voortzettingReden", ZONDER_REDEN);
            }
            return true;
        }

        private static boolean fout(ConstraintValidatorContext context, String veld, String melding) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(melding)
                    .addPropertyNode("jeugdige").addPropertyNode(veld).addConstraintViolation();
            return false;
        }
    }
}
