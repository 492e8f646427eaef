package nl.jeugdhulp.toegang.pgb;

import static nl.jeugdhulp.toegang.pgb.Zorgsoort.BEGELEIDING_INDIVIDUEEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.jeugdhulp.toegang.ToegangIT;
import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * The PGB computation as the app wires it, in the app the ITs share: the {@code pgbTarief} decision the process
 * application deployed, asked through the engine, and the gemeenten of application.yaml. The arithmetic and its
 * texts are {@link PgbBerekeningTest}'s; these are three of its examples, one for each thing the app provides.
 */
@ToegangIT
class PgbBerekeningIT {

    @Autowired
    PgbBerekening berekening;

    /** A row of the deployed table, and the gemeente's configured name. */
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

    /** A configured gemeente without a row in the deployed table. */
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

    /** A gemeente application.yaml does not configure. */
    @Test
    void onbekendeGemeente_fout() {
        assertThatThrownBy(() -> berekening.bereken(PgbAanvraag.voorAantal("zwolle", BEGELEIDING_INDIVIDUEEL, false, bd("1"))))
                .isInstanceOf(Stapweigering.class)
                .hasMessage("gemeente: 'zwolle' is niet geconfigureerd");
    }

    private static BigDecimal bd(String waarde) {
        return new BigDecimal(waarde);
    }
}
