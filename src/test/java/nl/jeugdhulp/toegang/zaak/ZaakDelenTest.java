package nl.jeugdhulp.toegang.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules the parts of a zaak guard themselves, on concrete dates. */
class ZaakDelenTest {

    private static final Termijn BESLISTERMIJN = Termijn.loopt(new Termijnberekening("kampen", Termijnsoort.BESCHIKKING,
            LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 8), null, "6 weken na de aanvraag", List.of(),
            LocalDate.of(2027, 1, 8)));

    @Test
    void termijn_afgeslotenOpDeLaatsteDag_isGehaald_eenDagLater_overschreden() {
        assertThat(BESLISTERMIJN.afgeslotenOp(LocalDate.of(2027, 1, 8)).status()).isEqualTo(TermijnStatus.GEHAALD);
        assertThat(BESLISTERMIJN.afgeslotenOp(LocalDate.of(2027, 1, 9)).status()).isEqualTo(TermijnStatus.OVERSCHREDEN);
    }

    @Test
    void termijn_verdaagd_krijgtEenNieuweLaatsteDag_loopt_weer_enZegtWaarom() {
        Termijn verdaagd = BESLISTERMIJN.overschreden().verdaagd(LocalDate.of(2027, 2, 19), "; verdaagd: 6 weken");
        assertThat(verdaagd.lopend()).isTrue();
        assertThat(verdaagd.uiterlijk()).isEqualTo(LocalDate.of(2027, 2, 19));
        assertThat(verdaagd.vanaf()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(verdaagd.regel()).isEqualTo("6 weken na de aanvraag; verdaagd: 6 weken");
    }

    @Test
    void termijn_vervallen_enOverschreden_lopenNietMeer() {
        assertThat(BESLISTERMIJN.lopend()).isTrue();
        assertThat(BESLISTERMIJN.vervallen().status()).isEqualTo(TermijnStatus.VERVALLEN);
        assertThat(BESLISTERMIJN.overschreden().lopend()).isFalse();
    }

    @Test
    void zaaktermijn_vanUren_telt_hetMoment_nietDeDag() {
        var crisis = new Zaaktermijn(new Termijnberekening("kampen", Termijnsoort.CRISISBEZOEK, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 2), Instant.parse("2026-11-02T10:00:00Z"), "2 uur", List.of(),
                LocalDate.of(2026, 11, 2)));
        crisis.afsluiten(Instant.parse("2026-11-02T10:30:00Z"));
        assertThat(crisis.getStatus()).isEqualTo(TermijnStatus.OVERSCHREDEN);
    }

    @Test
    void jeugdige_isMeerderjarigOpZijnAchttiendeVerjaardag_nietDeDagErvoor() {
        var sam = new Jeugdige("111222333", "Sam", "de Vries", LocalDate.of(2008, 12, 3));
        assertThat(sam.meerderjarigOp(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(sam.meerderjarigOp(LocalDate.of(2026, 12, 3))).isTrue();
        assertThat(sam.leeftijdOp(LocalDate.of(2026, 12, 2))).isEqualTo(17);
        assertThat(sam.naam()).isEqualTo("Sam de Vries");
    }

    @Test
    void aanvraag_toekenningHeeftEenVorm_afwijzingNiet() {
        assertThat(Aanvraag.GEEN.ontvangen(LocalDate.of(2026, 11, 27)).beoordeeld(true, Voorzieningsvorm.PGB).toegekend())
                .isTrue();
        assertThat(Aanvraag.GEEN.beoordeeld(false, null).toegekend()).isFalse();
        assertThatThrownBy(() -> Aanvraag.GEEN.beoordeeld(true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aanvraag.GEEN.beoordeeld(false, Voorzieningsvorm.ZIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gesprek_gevoerd_onthoudtDeOnderwerpen_enTeltVanafDeGespreksdag() {
        var gesprek = Gesprek.GEEN.afspraak(LocalDate.of(2026, 11, 20), "14:30", "thuis")
                .gevoerd(LocalDate.of(2026, 11, 20), true, List.of(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG, Gespreksonderwerp.EIGEN_KRACHT));
        assertThat(gesprek.onderwerpen()).isEqualTo("SITUATIE_EN_HULPVRAAG,EIGEN_KRACHT");
        assertThat(gesprek.besproken()).containsExactly(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG, Gespreksonderwerp.EIGEN_KRACHT);
        assertThat(gesprek.gevoerdOfAfgezienOp()).contains(LocalDate.of(2026, 11, 20));
        assertThat(Gesprek.GEEN.afgezien(LocalDate.of(2026, 11, 9)).gevoerdOfAfgezienOp()).contains(LocalDate.of(2026, 11, 9));
        assertThat(Gesprek.GEEN.besproken()).isEmpty();
    }

    @Test
    void zaak_vraagtEenUitkomstVoorElkBesprokenOnderwerp() {
        var zaak = new Zaak("kampen", LocalDate.of(2026, 11, 2), Kanaal.TELEFONISCH, new Melder(MelderRol.OUDER, "F. de Vries"),
                new Jeugdige("111222333", "Sam", "de Vries", LocalDate.of(2014, 5, 2)), null, "hulpvraag");
        zaak.gesprekGevoerd(LocalDate.of(2026, 11, 20), true,
                List.of(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG, Gespreksonderwerp.EIGEN_KRACHT));
        assertThat(zaak.zonderUitkomst(Map.of(Gespreksonderwerp.EIGEN_KRACHT, "Oma helpt.")))
                .containsExactly(Gespreksonderwerp.SITUATIE_EN_HULPVRAAG);
        assertThat(zaak.getVerslag()).isEqualTo(Verslag.GEEN);
        assertThat(zaak.getBeschikking().looptijd()).isEmpty();
    }

    @Test
    void beschikking_toegekend_heeftDeLooptijdDieDeBriefNoemt() {
        var beschikking = Beschikking.GEEN.toegekend("Begeleiding", "Naar school", null,
                new Looptijd(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 6, 13)));
        assertThat(beschikking.looptijd().orElseThrow().omschrijving()).isEqualTo("6 maanden");
        assertThat(beschikking.samenhangend()).isEmpty();
        assertThat(beschikking.verzondenOp()).isEmpty();
    }
}
