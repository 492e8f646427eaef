package nl.jeugdhulp.toegang;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.Maatregel;
import nl.jeugdhulp.toegang.zaak.MelderRol;
import nl.jeugdhulp.toegang.zaak.VerwijzerType;

/**
 * The melding the Spring tests register: Sam de Vries, reported by a parent, in the gemeente and on the day
 * asked; and the same melding on each other route.
 */
public final class TestMelding {

    private TestMelding() {
    }

    public static MeldingRequest vanSam(String gemeente, LocalDate ontvangen, LocalDate geboortedatum) {
        return new MeldingRequest(gemeente, ontvangen, Kanaal.TELEFONISCH,
                new MeldingRequest.Melder(MelderRol.OUDER, "Fatima de Vries"),
                new MeldingRequest.Jeugdige("111222333", "Sam", "de Vries", geboortedatum, null),
                "Sam gaat al weken niet naar school.", null, null, null, null, null);
    }

    /** The same melding as the JSON a front office sends to {@code POST /api/meldingen}. */
    public static String alsJson(String gemeente, LocalDate ontvangen, LocalDate geboortedatum) {
        return """
                {"gemeente": "%s", "ontvangen": "%s", "kanaal": "TELEFONISCH",
                 "melder": {"rol": "OUDER", "naam": "Fatima de Vries"},
                 "jeugdige": {"bsn": "111222333", "voornamen": "Sam", "achternaam": "de Vries", "geboortedatum": "%s"},
                 "hulpvraag": "Sam gaat al weken niet naar school."}""".formatted(gemeente, ontvangen, geboortedatum);
    }

    public static MeldingRequest spoed(MeldingRequest m) {
        return new MeldingRequest(m.gemeente(), m.ontvangen(), m.kanaal(), m.melder(), m.jeugdige(), m.hulpvraag(),
                true, m.gezag(), m.verwijzer(), m.aanbieder(), m.gedwongenKader());
    }

    public static MeldingRequest gezagIn(MeldingRequest m, String gemeente) {
        return new MeldingRequest(m.gemeente(), m.ontvangen(), m.kanaal(), m.melder(), m.jeugdige(), m.hulpvraag(),
                m.spoed(), new MeldingRequest.Gezag(gemeente), m.verwijzer(), m.aanbieder(), m.gedwongenKader());
    }

    /** Referred by the huisarts to the provider with this AGB code. */
    public static MeldingRequest verwezenNaar(MeldingRequest m, String aanbiederAgbCode) {
        return new MeldingRequest(m.gemeente(), m.ontvangen(), m.kanaal(), m.melder(), m.jeugdige(), m.hulpvraag(),
                m.spoed(), m.gezag(), new MeldingRequest.Verwijzer(VerwijzerType.HUISARTS, "01012345", "Dr. Jansen"),
                new MeldingRequest.Aanbieder(aanbiederAgbCode, "Praktijk De Brug"), m.gedwongenKader());
    }

    public static MeldingRequest gedwongenKader(MeldingRequest m) {
        return new MeldingRequest(m.gemeente(), m.ontvangen(), m.kanaal(), m.melder(), m.jeugdige(), m.hulpvraag(),
                m.spoed(), m.gezag(), m.verwijzer(), m.aanbieder(),
                new MeldingRequest.GedwongenKader(Maatregel.ONDERTOEZICHTSTELLING, "Jeugdbescherming Overijssel"));
    }
}
