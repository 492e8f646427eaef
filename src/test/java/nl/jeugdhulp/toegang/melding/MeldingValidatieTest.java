package nl.jeugdhulp.toegang.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.melding.MeldingRequest.Aanbieder;
import nl.jeugdhulp.toegang.melding.MeldingRequest.GedwongenKader;
import nl.jeugdhulp.toegang.melding.MeldingRequest.Gezag;
import nl.jeugdhulp.toegang.melding.MeldingRequest.Jeugdige;
import nl.jeugdhulp.toegang.melding.MeldingRequest.Melder;
import nl.jeugdhulp.toegang.melding.MeldingRequest.Verwijzer;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.Maatregel;
import nl.jeugdhulp.toegang.zaak.MelderRol;
import nl.jeugdhulp.toegang.zaak.VerwijzerType;

/**
 * The constraints of a melding, with a plain Hibernate Validator: today is Friday 13 November 2026 in Amsterdam and
 * Kampen is the one gemeente served. Each error is "field: message", as the API names it under {@code fouten}.
 */
class MeldingValidatieTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 13);
    private static final LocalDate GEBOREN = LocalDate.of(2014, 5, 2);
    private static final String GEBOORTEDATUM_IN_DE_TOEKOMST = "jeugdige.geboortedatum: ligt in de toekomst";
    private static final String ZONDER_REDEN =
            "jeugdige.voortzettingReden: jeugdige is 18 jaar; na het 18e jaar alleen als voortzetting, met reden";
    private static final String REDEN = "Hulp loopt sinds het 17e jaar";

    private static ValidatorFactory fabriek;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        Gemeenten gemeenten = mock(Gemeenten.class);
        when(gemeenten.find("kampen"))
                .thenReturn(Optional.of(new Gemeente("kampen", "Kampen", null, Map.of(), Map.of(), null, Set.of())));
        var configuratie = Validation.byProvider(HibernateValidator.class).configure();
        var klok = Clock.fixed(VANDAAG.atTime(10, 0).atZone(EngineClock.ZONE).toInstant(), EngineClock.ZONE);
        var standaard = configuratie.getDefaultConstraintValidatorFactory();
        fabriek = configuratie.clockProvider(() -> klok)
                .constraintValidatorFactory(new MetGemeenten(gemeenten, standaard))
                .buildValidatorFactory();
        validator = fabriek.getValidator();
    }

    @AfterAll
    static void sluit() {
        fabriek.close();
    }

    @Test
    void geldigeMelding_metElkOnderdeel_zonderFouten() {
        assertThat(fouten(melding(VANDAAG, GEBOREN, null))).isEmpty();
        var metElkOnderdeel = new MeldingRequest("kampen", VANDAAG, Kanaal.TELEFONISCH, melder("Fatima de Vries"),
                jeugdige(GEBOREN, "Hulp loopt al"), "Sam gaat al weken niet naar school.", true, new Gezag("Zwolle"),
                verwijzer(), aanbieder(), new GedwongenKader(Maatregel.ONDERTOEZICHTSTELLING, "Jeugdbescherming"));
        assertThat(fouten(metElkOnderdeel)).isEmpty();
    }

    @Test
    void stuurtekenInElkTekstveld_elkVeldGenoemd() {
        var melding = new MeldingRequest("kam\u0007pen", VANDAAG, Kanaal.TELEFONISCH, melder("Fat\u0000ima"),
                new Jeugdige("111222333", "Sa\u001bm", "de\u0085Vries", GEBOREN, "Hulp\u0000loopt al"),
                "Sam gaat\u007f niet naar school.", null, new Gezag("Zwol\u0007le"),
                new Verwijzer(VerwijzerType.HUISARTS, "01012345", "Dr.\u0008Jansen"),
                new Aanbieder("94000001", "De\u0000Brug"), new GedwongenKader(Maatregel.VOOGDIJ, "Jeugd\u0001bescherming"));

        assertThat(fouten(melding)).containsExactlyInAnyOrder("gemeente: bevat stuurtekens",
                "gemeente: onbekende gemeente: kam\u0007pen", "melder.naam: bevat stuurtekens",
                "jeugdige.voornamen: bevat stuurtekens", "jeugdige.achternaam: bevat stuurtekens",
                "jeugdige.voortzettingReden: bevat stuurtekens", "hulpvraag: bevat stuurtekens",
                "gezag.gemeente: bevat stuurtekens", "verwijzer.naam: bevat stuurtekens",
                "aanbieder.naam: bevat stuurtekens", "gedwongenKader.instelling: bevat stuurtekens");
    }

    @Test
    void regelsEnTabs_alleenInHulpvraagEnVoortzettingReden() {
        var meerdereRegels = new MeldingRequest("kampen", VANDAAG, Kanaal.TELEFONISCH, melder("Fatima de Vries"),
                jeugdige(GEBOREN, "Hulp loopt\r\nsinds het 17e jaar"),
                "Sam gaat niet naar school.\nSinds de zomer.\tErnstig.", null, null, null, null, null);
        assertThat(fouten(meerdereRegels)).isEmpty();

        var regelInNaam = new MeldingRequest("kampen", VANDAAG, Kanaal.TELEFONISCH, melder("Fatima\n"),
                jeugdige(GEBOREN, null), "Sam gaat niet naar school.\u0085", null, new Gezag("Zwolle\t"), null, null,
                null);
        assertThat(fouten(regelInNaam)).containsExactlyInAnyOrder("melder.naam: bevat stuurtekens",
                "hulpvraag: bevat stuurtekens", "gezag.gemeente: bevat stuurtekens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlantis", "Kampen", " kampen", "${7*7}", "{max}"})
    void gemeenteDieNietBediendWordt_onbekend_metDeWaardeZoalsOntvangen(String gemeente) {
        var melding = new MeldingRequest(gemeente, VANDAAG, Kanaal.TELEFONISCH, melder("Fatima de Vries"),
                jeugdige(GEBOREN, null), "Sam gaat al weken niet naar school.", null, null, null, null, null);

        assertThat(fouten(melding)).containsExactly("gemeente: onbekende gemeente: " + gemeente);
    }

    @Test
    void ontvangen_nietInDeToekomstEnNietVoorDeJeugdwet() {
        assertThat(fouten(melding(VANDAAG.plusDays(1), GEBOREN, null)))
                .containsExactly("ontvangen: ligt in de toekomst");
        assertThat(fouten(melding(LocalDate.of(2014, 12, 31), LocalDate.of(2010, 5, 2), null)))
                .containsExactly("ontvangen: ligt voor 1 januari 2015, toen de Jeugdwet inging");
        assertThat(fouten(melding(LocalDate.of(2015, 1, 1), LocalDate.of(2010, 5, 2), null))).isEmpty();
        assertThat(fouten(melding(null, GEBOREN, null))).isEmpty();
    }

    @Test
    void geboortedatumInDeToekomst_alleenDatGenoemd_ookNaEenOntvangstInDeToekomst() {
        assertThat(fouten(melding(VANDAAG.plusDays(5), VANDAAG.plusDays(1), null)))
                .containsExactlyInAnyOrder("ontvangen: ligt in de toekomst", GEBOORTEDATUM_IN_DE_TOEKOMST);
        assertThat(fouten(melding(null, VANDAAG.plusDays(1), null))).containsExactly(GEBOORTEDATUM_IN_DE_TOEKOMST);
        // 23 on that day of receipt, but not born yet: that is the one error about the child.
        assertThat(fouten(melding(LocalDate.of(2050, 1, 1), LocalDate.of(2026, 12, 1), null)))
                .containsExactlyInAnyOrder("ontvangen: ligt in de toekomst", GEBOORTEDATUM_IN_DE_TOEKOMST);
    }

    @Test
    void geborenNaDeOntvangst() {
        assertThat(fouten(melding(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1), null)))
                .containsExactly("jeugdige.geboortedatum: ligt na de ontvangst van de melding");
    }

    /** Kampen 002 §4.3.1: from 18 only as voortzetting, with its reason; from 23 not at all. */
    @Test
    void leeftijdOpDeDagVanOntvangst() {
        LocalDate ontvangen = LocalDate.of(2026, 6, 1);
        assertThat(fouten(melding(ontvangen, LocalDate.of(2008, 6, 2), null))).as("17").isEmpty();
        assertThat(fouten(melding(ontvangen, LocalDate.of(2008, 6, 1), null))).containsExactly(ZONDER_REDEN);
        assertThat(fouten(melding(ontvangen, LocalDate.of(2008, 6, 1), "  "))).containsExactly(ZONDER_REDEN);
        assertThat(fouten(melding(ontvangen, LocalDate.of(2008, 6, 1), REDEN))).as("18 met reden").isEmpty();
        assertThat(fouten(melding(ontvangen, LocalDate.of(2003, 6, 2), REDEN))).as("22").isEmpty();
        assertThat(fouten(melding(ontvangen, LocalDate.of(2003, 6, 1), REDEN)))
                .containsExactly("jeugdige.geboortedatum: jeugdige is 23 jaar; jeugdhulp loopt tot 23 jaar");
        assertThat(fouten(melding(ontvangen, LocalDate.of(1000, 1, 1), null)))
                .containsExactly("jeugdige.geboortedatum: jeugdige is 1026 jaar; jeugdhulp loopt tot 23 jaar");
    }

    @Test
    void zonderOntvangstdatum_teltDeLeeftijdVandaag() {
        assertThat(fouten(melding(null, VANDAAG.minusYears(18), null))).containsExactly(ZONDER_REDEN);
        assertThat(fouten(melding(VANDAAG.minusDays(1), VANDAAG.minusYears(18), null))).isEmpty();
    }

    @Test
    void verwijzerEnAanbieder_alleenSamen() {
        assertThat(fouten(verwijzing(verwijzer(), null)))
                .containsExactly("aanbieder: verplicht bij een verwijzing: naar welke aanbieder is verwezen");
        assertThat(fouten(verwijzing(null, aanbieder())))
                .containsExactly("verwijzer: verplicht als een aanbieder is genoemd");
        assertThat(fouten(verwijzing(verwijzer(), aanbieder()))).isEmpty();
    }

    private static List<String> fouten(MeldingRequest melding) {
        return validator.validate(melding).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    }

    private static MeldingRequest melding(LocalDate ontvangen, LocalDate geboortedatum, String voortzettingReden) {
        return new MeldingRequest("kampen", ontvangen, Kanaal.TELEFONISCH, melder("Fatima de Vries"),
                jeugdige(geboortedatum, voortzettingReden), "Sam gaat al weken niet naar school.", null, null, null,
                null, null);
    }

    private static MeldingRequest verwijzing(Verwijzer verwijzer, Aanbieder aanbieder) {
        return new MeldingRequest("kampen", VANDAAG, Kanaal.TELEFONISCH, melder("Fatima de Vries"),
                jeugdige(GEBOREN, null), "Sam gaat al weken niet naar school.", null, null, verwijzer, aanbieder, null);
    }

    private static Melder melder(String naam) {
        return new Melder(MelderRol.OUDER, naam);
    }

    private static Jeugdige jeugdige(LocalDate geboortedatum, String voortzettingReden) {
        return new Jeugdige("111222333", "Sam", "de Vries", geboortedatum, voortzettingReden);
    }

    private static Verwijzer verwijzer() {
        return new Verwijzer(VerwijzerType.HUISARTS, "01012345", "Dr. Jansen");
    }

    private static Aanbieder aanbieder() {
        return new Aanbieder("94000001", "Praktijk De Brug");
    }

    /** Hibernate Validator's own factory, but for the one validator that needs the gemeenten, as Spring's gives it. */
    private record MetGemeenten(Gemeenten gemeenten, ConstraintValidatorFactory standaard)
            implements ConstraintValidatorFactory {

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> soort) {
            return soort == BekendeGemeente.Validator.class ? soort.cast(new BekendeGemeente.Validator(gemeenten))
                    : standaard.getInstance(soort);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> validator) {
            standaard.releaseInstance(validator);
        }
    }
}
