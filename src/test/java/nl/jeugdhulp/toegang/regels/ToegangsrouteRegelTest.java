package nl.jeugdhulp.toegang.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.jeugdhulp.toegang.regels.Beslistabel.Uitkomst;

/**
 * processes/toegangsroute.dmn: which access route a melding takes (Dalfsen 001 §2.6; Kampen 002 §2.1). A crisis
 * goes first, then the woonplaatsbeginsel, then a child-protection measure, then a referral.
 */
class ToegangsrouteRegelTest {

    private static final List<String> INVOER = List.of("spoed", "gezagElders", "gedwongenKader", "verwijzing",
            "crisisAfgehandeld");
    private static final Beslistabel TABEL = Beslistabel.laad("toegangsroute.dmn", "toegangsroute");

    private static Uitkomst melding(boolean spoed, boolean gezagElders, boolean gedwongenKader, boolean verwijzing) {
        return TABEL.beslis(Map.of("spoed", spoed, "gezagElders", gezagElders, "gedwongenKader", gedwongenKader,
                "verwijzing", verwijzing, "crisisAfgehandeld", false));
    }

    @Test
    void spoed_gaatVoorAlles_ookVoorHetWoonplaatsbeginsel() {
        Uitkomst uitkomst = melding(true, true, true, true);
        assertThat(uitkomst.regel()).isEqualTo("Regel_Spoed");
        assertThat(uitkomst.get("route")).isEqualTo("SPOED");
        assertThat(uitkomst.motivering()).contains("004 art 3.3", "2 uur", "4 weken");
    }

    @Test
    void naDeCrisis_beslistDeTabelOpnieuw_zonderSpoed() {
        Uitkomst uitkomst = TABEL.beslis(Map.of("spoed", true, "gezagElders", true, "gedwongenKader", false,
                "verwijzing", false, "crisisAfgehandeld", true));
        assertThat(uitkomst.regel()).isEqualTo("Regel_Doorzenden");
        assertThat(TABEL.beslis(Map.of("spoed", true, "gezagElders", false, "gedwongenKader", false,
                "verwijzing", false, "crisisAfgehandeld", true)).get("route")).isEqualTo("REGULIER");
    }

    @Test
    void gezagElders_doorzenden() {
        Uitkomst uitkomst = melding(false, true, true, true);
        assertThat(uitkomst.regel()).isEqualTo("Regel_Doorzenden");
        assertThat(uitkomst.get("route")).isEqualTo("DOORZENDEN");
        assertThat(uitkomst.motivering()).contains("002 §2.1", "Awb 2:3");
    }

    @Test
    void kinderbeschermingsmaatregel_gedwongenKader_ookMetVerwijzing() {
        Uitkomst uitkomst = melding(false, false, true, true);
        assertThat(uitkomst.regel()).isEqualTo("Regel_GedwongenKader");
        assertThat(uitkomst.get("route")).isEqualTo("GEDWONGEN_KADER");
        assertThat(uitkomst.motivering()).contains("001 §2.6", "zonder PGB");
    }

    @Test
    void verwijzingDoorArts_verwijzing() {
        Uitkomst uitkomst = melding(false, false, false, true);
        assertThat(uitkomst.regel()).isEqualTo("Regel_Verwijzing");
        assertThat(uitkomst.get("route")).isEqualTo("VERWIJZING");
        assertThat(uitkomst.motivering()).contains("004 art 8.2");
    }

    @Test
    void verderNiets_regulier() {
        Uitkomst uitkomst = melding(false, false, false, false);
        assertThat(uitkomst.regel()).isEqualTo("Regel_Regulier");
        assertThat(uitkomst.get("route")).isEqualTo("REGULIER");
    }

    @Test
    void elkeCombinatie_geeftPreciesEenRoute_volgensDeVoorrang() {
        Beslistabel.alleCombinaties(INVOER).forEach(invoer -> {
            String verwacht = (Boolean) invoer.get("spoed") && !(Boolean) invoer.get("crisisAfgehandeld") ? "SPOED"
                    : (Boolean) invoer.get("gezagElders") ? "DOORZENDEN"
                    : (Boolean) invoer.get("gedwongenKader") ? "GEDWONGEN_KADER"
                    : (Boolean) invoer.get("verwijzing") ? "VERWIJZING" : "REGULIER";
            assertThat(TABEL.beslis(invoer).get("route")).as(invoer.toString()).isEqualTo(verwacht);
        });
    }
}
