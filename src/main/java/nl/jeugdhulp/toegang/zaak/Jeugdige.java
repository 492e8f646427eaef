package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;

/** The child or young person the melding is about, as the BRP knows them. */
@Embeddable
public record Jeugdige(String bsn, String voornamen, String achternaam, LocalDate geboortedatum) {

    /** From 18 the jeugdige acts for themselves (004 art 6.5). */
    static final int MEERDERJARIG = 18;

    public String naam() {
        return voornamen + " " + achternaam;
    }

    /** "Jan Pieter" "de Vries" → "J.P. d.V.": enough to tell cases apart in a list, too little to identify a child. */
    public String initialen() {
        return initialen(voornamen, achternaam);
    }

    /** The initials of these names, for a list that reads the names without the rest of the jeugdige. */
    public static String initialen(String voornamen, String achternaam) {
        return letters(voornamen) + " " + letters(achternaam);
    }

    private static String letters(String namen) {
        return Arrays.stream(namen.trim().split("[\\s-]+"))
                .filter(naam -> !naam.isEmpty())
                .map(naam -> naam.substring(0, 1) + ".")
                .collect(Collectors.joining());
    }

    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    public boolean meerderjarigOp(LocalDate dag) {
        return leeftijdOp(dag) >= MEERDERJARIG;
    }
}
