package nl.jeugdhulp.toegang.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.TestKlok;

/** Bean Validation's "today" is the engine clock's day in Amsterdam, read anew for every validation. */
class ValidatieConfigTest {

    record Dag(@PastOrPresent LocalDate dag) {
    }

    private ValidatorFactory fabriek;
    private Validator validator;

    @BeforeEach
    void validatorMetDeEngineklok() {
        var configuratie = Validation.byProvider(HibernateValidator.class).configure();
        new ValidatieConfig().engineklokVoorValidatie(new EngineClock()).customize(configuratie);
        fabriek = configuratie.buildValidatorFactory();
        validator = fabriek.getValidator();
    }

    @AfterEach
    void herstel() {
        fabriek.close();
        ClockUtil.reset();
    }

    /** Years after the system clock, so a validator on the system clock would call both days future. */
    @Test
    void vandaag_isDeDagInAmsterdam_nietInUtc() {
        // 23:30 UTC on 13 November is 00:30 on the 14th in Amsterdam.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-11-13T23:30:00Z")));

        assertThat(meldingen(LocalDate.of(2031, 11, 14))).isEmpty();
        assertThat(meldingen(LocalDate.of(2031, 11, 15))).containsExactly("ligt in de toekomst");
    }

    @Test
    void engineklokTerugzetten_maaktDezelfdeDagToekomst_voorDeValidatorDieErAlIs() {
        TestKlok.zetKlok(LocalDateTime.of(2031, 11, 14, 9, 0));
        assertThat(meldingen(LocalDate.of(2031, 11, 14))).isEmpty();

        TestKlok.zetKlok(LocalDateTime.of(2031, 11, 13, 9, 0));
        assertThat(meldingen(LocalDate.of(2031, 11, 14))).containsExactly("ligt in de toekomst");
    }

    private List<String> meldingen(LocalDate dag) {
        return validator.validate(new Dag(dag)).stream().map(v -> v.getMessage()).toList();
    }
}
