package nl.jeugdhulp.toegang;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.zaak.Kanaal;
import nl.jeugdhulp.toegang.zaak.MelderRol;

/** The melding the Spring tests register: Sam de Vries, reported by a parent, in the gemeente and on the day asked. */
public final class TestMelding {

    private TestMelding() {
    }

    public static MeldingRequest vanSam(String gemeente, LocalDate ontvangen, LocalDate geboortedatum) {
        return new MeldingRequest(gemeente, ontvangen, Kanaal.TELEFONISCH,
                new MeldingRequest.Melder(MelderRol.OUDER, "Fatima de Vries"),
                new MeldingRequest.Jeugdige("111222333", "Sam", "de Vries", geboortedatum, null),
                "Sam gaat al weken niet naar school.");
    }
}
