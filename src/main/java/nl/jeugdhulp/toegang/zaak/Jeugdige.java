package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Embeddable;

/** The child or young person the melding is about, as the BRP knows them. */
@Embeddable
public record Jeugdige(String bsn, String voornamen, String achternaam, LocalDate geboortedatum) {

    /** From 18 the jeugdige acts for themselves (004 art 6.5). */
    static final int MEERDERJARIG = 18;

    public String naam() {
        return voornamen + " " + achternaam;
    }

    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    public boolean meerderjarigOp(LocalDate dag) {
        return leeftijdOp(dag) >= MEERDERJARIG;
    }
}
