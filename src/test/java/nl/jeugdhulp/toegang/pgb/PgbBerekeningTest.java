package nl.jeugdhulp.toegang.pgb;

import static nl.jeugdhulp.toegang.pgb.Zorgsoort.BEGELEIDING_GROEP_MET_VERVOER;
import static nl.jeugdhulp.toegang.pgb.Zorgsoort.BEGELEIDING_INDIVIDUEEL;
import static nl.jeugdhulp.toegang.pgb.Zorgsoort.KORTDUREND_VERBLIJF;
import static nl.jeugdhulp.toegang.pgb.Zorgsoort.PERSOONLIJKE_VERZORGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * Worked examples of PGB amounts, each with the exact text the beschikking will carry (004 art 9.3 c). Sources:
 * Stadskanaal 004 art 10-11 and bijlage 1; Kampen 002 §6.6. The tariffs come from {@code processes/pgb-tarief.dmn}
 * on Camunda's standalone DMN engine, as {@link PgbTariefRegelTest} reads it; {@link PgbBerekeningIT} computes in
 * the running app, with the decision as deployed and the gemeenten as configured.
 */
class PgbBerekeningTest {

    /** Friday 6 March 2026 to Sunday 8 March 2026. */
    private static final Verblijf WEEKEND = new Verblijf(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8));
    private static final Verblijf DAGJE = new Verblijf(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20));
    /** The gemeenten of application.yaml by code; the computation reads only their code and name. */
    private static final Map<String, Gemeente> GEMEENTEN = Stream.of(gemeente("kampen", "Kampen"),
            gemeente("stadskanaal", "Stadskanaal"), gemeente("dalfsen", "Dalfsen"), gemeente("dordrecht", "Dordrecht"))
            .collect(Collectors.toMap(Gemeente::code, Function.identity()));

    private static PgbBerekening berekening;

    @BeforeAll
    static void tabelEnGemeenten() throws IOException {
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        // pom.xml packages processes/ onto the classpath under processes/, as the engine deploys it.
        try (InputStream tabel = PgbBerekeningTest.class.getResourceAsStream("/processes/pgb-tarief.dmn")) {
            assertThat(tabel).as("processes/pgb-tarief.dmn op het classpath").isNotNull();
            DmnDecision pgbTarief = dmn.parseDecision(PgbBerekening.BESLISSING, tabel);
            berekening = new PgbBerekening(invoer -> dmn.evaluateDecision(pgbTarief, invoer).getSingleResult(),
                    code -> Optional.ofNullable(GEMEENTEN.get(code)));
        }
    }

    @Test
    void stadskanaal_zesUurBegeleidingIndividueelProfessioneel_is193euro50() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_INDIVIDUEEL, false, bd("6")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("193.50");
        assertThat(pgb.bedrag().scale()).isEqualTo(2);
        assertThat(pgb.tarief()).isEqualByComparingTo("32.25");
        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.UUR);
        assertThat(pgb.aantal()).isEqualByComparingTo("6");
        assertThat(pgb.berekening())
                .isEqualTo("6 uur × € 32,25 = € 193,50 (Stadskanaal, tarief professionele zorg, 004 bijlage 1)");
    }

    @Test
    void stadskanaal_persoonlijkeVerzorgingDoorSociaalNetwerk_tegenTariefSociaalNetwerk() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", PERSOONLIJKE_VERZORGING, true, bd("8")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("123.20");
        assertThat(pgb.tarief()).isEqualByComparingTo("15.40");
        assertThat(pgb.berekening())
                .isEqualTo("8 uur × € 15,40 = € 123,20 (Stadskanaal, tarief sociaal netwerk, 004 art 11.5 en bijlage 1)");
    }

    @Test
    void stadskanaal_groepMetVervoerDrieDagdelen_perDagdeel() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_GROEP_MET_VERVOER, false, bd("3")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("132.00");
        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.DAGDEEL);
        assertThat(pgb.berekening())
                .isEqualTo("3 dagdelen × € 44,00 = € 132,00 (Stadskanaal, tarief professionele zorg, 004 bijlage 1)");
    }

    @Test
    void stadskanaal_eenDagdeelGroepMetVervoerUitNetwerk_enkelvoud() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_GROEP_MET_VERVOER, true, bd("1")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("18.07");
        assertThat(pgb.berekening())
                .isEqualTo("1 dagdeel × € 18,07 = € 18,07 (Stadskanaal, tarief sociaal netwerk, 004 art 11.5 en bijlage 1)");
    }

    @Test
    void kortdurendVerblijf_vrijdagTotZondag_isTweeDagen_vertrekdagTeltNiet() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false, List.of(WEEKEND)));

        assertThat(pgb.aantal()).isEqualByComparingTo("2");
        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.DAG);
        assertThat(pgb.bedrag()).isEqualByComparingTo("182.00");
        assertThat(pgb.berekening()).isEqualTo("2 dagen × € 91,00 = € 182,00 (Stadskanaal, tarief professionele zorg, "
                + "004 bijlage 1). Per verblijf: 6 maart 2026 tot 8 maart 2026 = 2 dagen "
                + "(aankomstdag telt, vertrekdag niet; 004 bijlage 1)");
    }

    @Test
    void kortdurendVerblijf_aankomstEnVertrekOpDezelfdeDag_isEenDag() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", true, List.of(DAGJE)));

        assertThat(pgb.aantal()).isEqualByComparingTo("1");
        assertThat(pgb.bedrag()).isEqualByComparingTo("23.10");
        assertThat(pgb.berekening()).isEqualTo("1 dag × € 23,10 = € 23,10 (Stadskanaal, tarief sociaal netwerk, "
                + "004 art 11.5 en bijlage 1). Per verblijf: 20 maart 2026 = 1 dag "
                + "(aankomstdag telt, vertrekdag niet; 004 bijlage 1)");
    }

    @Test
    void kortdurendVerblijf_tweeVerblijven_dagenOpgeteld() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false, List.of(WEEKEND, DAGJE)));

        assertThat(pgb.aantal()).isEqualByComparingTo("3");
        assertThat(pgb.bedrag()).isEqualByComparingTo("273.00");
        assertThat(pgb.berekening()).isEqualTo("3 dagen × € 91,00 = € 273,00 (Stadskanaal, tarief professionele zorg, "
                + "004 bijlage 1). Per verblijf: 6 maart 2026 tot 8 maart 2026 = 2 dagen, 20 maart 2026 = 1 dag "
                + "(aankomstdag telt, vertrekdag niet; 004 bijlage 1)");
    }

    @Test
    void kortdurendVerblijf_aansluitendVerblijfOpVertrekdag_teltDieDagEenKeer() {
        Verblijf daarna = new Verblijf(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9));

        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false, List.of(WEEKEND, daarna)));

        assertThat(pgb.aantal()).isEqualByComparingTo("3");
        assertThat(pgb.bedrag()).isEqualByComparingTo("273.00");
    }

    @Test
    void kortdurendVerblijf_overlappendeVerblijven_fout() {
        Verblijf overlap = new Verblijf(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 10));

        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false, List.of(WEEKEND, overlap))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("verblijven: twee verblijven overlappen; een dag telt maar één keer");
    }

    @Test
    void kortdurendVerblijf_vertrekVoorAankomst_fout() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false,
                List.of(new Verblijf(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 6))))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("vertrek: de vertrekdatum mag niet voor de aankomstdatum liggen");
    }

    @Test
    void kortdurendVerblijf_zonderVerblijven_foutNoemtVeld() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorVerblijven("stadskanaal", false, List.of())))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("verblijven: ontbreken; kortdurend verblijf wordt per dag betaald, geteld uit aankomst en "
                        + "vertrek van elk verblijf (004 bijlage 1)");
    }

    @Test
    void kampen_tienUurInformeleHulp_begrensdDoorGoedkopereZin() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("kampen", BEGELEIDING_INDIVIDUEEL, true, bd("10"))
                .metZinTarief(bd("18.50")));

        assertThat(pgb.tarief()).isEqualByComparingTo("18.50");
        assertThat(pgb.bedrag()).isEqualByComparingTo("185.00");
        assertThat(pgb.berekening()).isEqualTo("10 uur × € 18,50 = € 185,00 (Kampen, tarief informele hulp, 002 §6.6: "
                + "€ 20,00; kosten van de goedkoopste passende zorg in natura lager: € 18,50)");
    }

    @Test
    void kampen_tienUurInformeleHulp_lagerAfgesprokenTariefTelt() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("kampen", BEGELEIDING_INDIVIDUEEL, true, bd("10"))
                .metZinTarief(bd("18.50")).metAfgesprokenTarief(bd("17.00")));

        assertThat(pgb.tarief()).isEqualByComparingTo("17.00");
        assertThat(pgb.bedrag()).isEqualByComparingTo("170.00");
        assertThat(pgb.berekening()).isEqualTo("10 uur × € 17,00 = € 170,00 (Kampen, tarief informele hulp, 002 §6.6: "
                + "€ 20,00; kosten van de goedkoopste passende zorg in natura lager: € 18,50; afgesproken tarief lager: € 17,00)");
    }

    @Test
    void kampen_kortdurendVerblijfUitNetwerk_perUur_duurdereZinVeranderdNiets() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("kampen", KORTDUREND_VERBLIJF, true, bd("24"))
                .metZinTarief(bd("25")));

        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.UUR);
        assertThat(pgb.tarief()).isEqualByComparingTo("20.00");
        assertThat(pgb.bedrag()).isEqualByComparingTo("480.00");
        assertThat(pgb.berekening()).isEqualTo("24 uur × € 20,00 = € 480,00 (Kampen, tarief informele hulp, 002 §6.6; "
                + "kosten van de goedkoopste passende zorg in natura hoger: € 25,00)");
    }

    @Test
    void kampen_informeleHulpZonderZinTarief_foutNoemtVeld() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("kampen", BEGELEIDING_INDIVIDUEEL, true, bd("10"))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("zinTarief: ontbreekt; in Kampen is het PGB nooit hoger dan wat de goedkoopste passende zorg "
                        + "in natura kost: vul die kosten per uur in (tarief informele hulp, 002 §6.6)");
    }

    @Test
    void kampen_professional_geenTabel_zinTariefIsHetTarief() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("kampen", PERSOONLIJKE_VERZORGING, false, bd("4"))
                .metZinTarief(bd("48.60")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("194.40");
        assertThat(pgb.berekening()).isEqualTo("4 uur × € 48,60 = € 194,40 (Kampen, geen PGB-tarief vastgesteld, dus de "
                + "kosten van de goedkoopste passende zorg in natura, 004 art 10.4 en 002 §6.6)");
    }

    @Test
    void dalfsen_professional_zinTariefIsHetTarief() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("dalfsen", BEGELEIDING_INDIVIDUEEL, false, bd("8"))
                .metZinTarief(bd("52.75")));

        assertThat(pgb.tarief()).isEqualByComparingTo("52.75");
        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.UUR);
        assertThat(pgb.bedrag()).isEqualByComparingTo("422.00");
        assertThat(pgb.berekening()).isEqualTo("8 uur × € 52,75 = € 422,00 (Dalfsen, geen PGB-tarief vastgesteld, dus de "
                + "kosten van de goedkoopste passende zorg in natura, 004 art 10.4 en 002 §6.6)");
    }

    @Test
    void dalfsen_lagerAfgesprokenTarief_onderZinTarief() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("dalfsen", BEGELEIDING_INDIVIDUEEL, false, bd("8"))
                .metZinTarief(bd("52.75")).metAfgesprokenTarief(bd("45")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("360.00");
        assertThat(pgb.berekening()).isEqualTo("8 uur × € 45,00 = € 360,00 (Dalfsen, geen PGB-tarief vastgesteld, dus de "
                + "kosten van de goedkoopste passende zorg in natura, 004 art 10.4 en 002 §6.6: € 52,75; "
                + "afgesproken tarief lager: € 45,00)");
    }

    @Test
    void dalfsen_zonderZinTarief_foutNoemtVeld() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("dalfsen", BEGELEIDING_INDIVIDUEEL, false, bd("8"))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("zinTarief: ontbreekt; Dalfsen heeft geen PGB-tarief voor begeleiding individueel door een "
                        + "professional: het PGB is dan ten hoogste wat de goedkoopste passende zorg in natura kost, vul die "
                        + "kosten per uur in (004 art 10.4, 002 §6.6)");
    }

    @Test
    void dordrecht_kortdurendVerblijf_zinTariefPerDag() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorVerblijven("dordrecht", false, List.of(WEEKEND))
                .metZinTarief(bd("140")));

        assertThat(pgb.eenheid()).isEqualTo(Tariefeenheid.DAG);
        assertThat(pgb.bedrag()).isEqualByComparingTo("280.00");
        assertThat(pgb.berekening()).isEqualTo("2 dagen × € 140,00 = € 280,00 (Dordrecht, geen PGB-tarief vastgesteld, "
                + "dus de kosten van de goedkoopste passende zorg in natura, 004 art 10.4 en 002 §6.6). Per verblijf: "
                + "6 maart 2026 tot 8 maart 2026 = 2 dagen (aankomstdag telt, vertrekdag niet; 004 bijlage 1)");
    }

    @Test
    void stadskanaal_lagerAfgesprokenTarief_verlaagtHetTarief() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_INDIVIDUEEL, false, bd("6"))
                .metAfgesprokenTarief(bd("30")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("180.00");
        assertThat(pgb.berekening()).isEqualTo("6 uur × € 30,00 = € 180,00 (Stadskanaal, tarief professionele zorg, "
                + "004 bijlage 1: € 32,25; afgesproken tarief lager: € 30,00)");
    }

    @Test
    void stadskanaal_hogerAfgesprokenTarief_blijftBijMaximum_verschilVoorEigenRekening() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_INDIVIDUEEL, false, bd("6"))
                .metAfgesprokenTarief(bd("35")));

        assertThat(pgb.tarief()).isEqualByComparingTo("32.25");
        assertThat(pgb.bedrag()).isEqualByComparingTo("193.50");
        assertThat(pgb.berekening()).isEqualTo("6 uur × € 32,25 = € 193,50 (Stadskanaal, tarief professionele zorg, "
                + "004 bijlage 1; afgesproken tarief hoger: € 35,00, het verschil is voor eigen rekening)");
    }

    @Test
    void stadskanaal_veertigUur_bedragMetDuizendtalPunt() {
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_INDIVIDUEEL, false, bd("40")));

        assertThat(pgb.bedrag()).isEqualByComparingTo("1290.00");
        assertThat(pgb.berekening())
                .isEqualTo("40 uur × € 32,25 = € 1.290,00 (Stadskanaal, tarief professionele zorg, 004 bijlage 1)");
    }

    @Test
    void halveCent_wordtNaarBovenAfgerond() {
        // 2,5 × 24,25 = 60,625: half up gives 60,63 (banker's rounding would give 60,62).
        PgbBedrag pgb = berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", PERSOONLIJKE_VERZORGING, false, bd("2.5")));

        assertThat(pgb.bedrag()).isEqualTo(new BigDecimal("60.63"));
        assertThat(pgb.berekening())
                .isEqualTo("2,5 uur × € 24,25 = € 60,63 (Stadskanaal, tarief professionele zorg, 004 bijlage 1)");
    }

    @Test
    void zonderAantal_foutNoemtVeld() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("stadskanaal", BEGELEIDING_INDIVIDUEEL, false, null)))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("aantal: ontbreekt; begeleiding individueel wordt hier per uur betaald");
    }

    @Test
    void tariefInFractiesVanCenten_fout() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("dalfsen", BEGELEIDING_INDIVIDUEEL, false, bd("1"))
                .metZinTarief(bd("18.505"))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("zinTarief: een tarief is in euro en cent, hoogstens 2 decimalen");
    }

    @Test
    void onbekendeGemeente_fout() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("zwolle", BEGELEIDING_INDIVIDUEEL, false, bd("1"))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("gemeente: 'zwolle' is niet geconfigureerd");
    }

    private static Gemeente gemeente(String code, String naam) {
        return new Gemeente(code, naam, null, Map.of(), Map.of(), null, Set.of());
    }

    private static BigDecimal bd(String waarde) {
        return waarde == null ? null : new BigDecimal(waarde);
    }
}
