package nl.jeugdhulp.toegang.gemeente;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * A configured gemeente with its effective rules: its own deadlines and verdaging where it has them, the
 * defaults otherwise; and the providers it has contracted, by AGB code (a referral to one of them needs no
 * contact with the family first, 004 art 8.2; 000).
 */
public record Gemeente(String code, String naam, GemeenteProperties.Briefhoofd briefhoofd,
                       Map<Termijnsoort, Termijnregel> termijnen,
                       Map<LocalDate, String> geslotenDagen, Verlenging verdaging,
                       Set<String> gecontracteerdeAanbieders) {

    /** Matches the code ("kampen") or the name ("Kampen"), as a melding may name the gezag's gemeente either way. */
    public boolean is(String codeOfNaam) {
        return code.equalsIgnoreCase(codeOfNaam.strip()) || naam.equalsIgnoreCase(codeOfNaam.strip());
    }

    public Termijnregel regel(Termijnsoort soort) {
        return termijnen.get(soort);
    }
}
