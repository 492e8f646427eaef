package nl.jeugdhulp.toegang.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    private static final ValidatorFactory FABRIEK = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FABRIEK.getValidator();

    record Persoon(@Bsn String bsn) {
    }

    @AfterAll
    static void sluit() {
        FABRIEK.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "234567892"})
    void negenCijfersDieDeElfproefDoorstaan_zijnGeldig(String bsn) {
        assertThat(meldingen(new Persoon(bsn))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "123456789", "000000000", "11122233", "1112223330", "11122233a",
            " 111222333", "１１１２２２３３３"})
    void andereWaarden_geenGeldigBsn(String bsn) {
        assertThat(meldingen(new Persoon(bsn))).containsExactly("geen geldig BSN (elfproef)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void leeg_laatHetAanNotBlank(String bsn) {
        assertThat(meldingen(new Persoon(bsn))).isEmpty();
    }

    @Test
    void leegBsnVanDeJeugdige_alleenVerplicht() {
        var jeugdige = new MeldingRequest.Jeugdige("", "Sam", "de Vries", LocalDate.of(2014, 5, 2), null);

        assertThat(VALIDATOR.validate(jeugdige)).extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactly("bsn: is verplicht");
    }

    private static List<String> meldingen(Persoon persoon) {
        return VALIDATOR.validate(persoon).stream().map(v -> v.getMessage()).toList();
    }
}
