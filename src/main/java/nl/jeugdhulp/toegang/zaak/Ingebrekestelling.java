package nl.jeugdhulp.toegang.zaak;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The family's written notice that the gemeente is late with its decision (Awb 4:17): the day it came in and the
 * first day a dwangsom runs for. Once the dwangsom is settled (Awb 4:18): on which day, for how many days and what
 * amount, or the exception that leaves none owed (lid 6), and the last day for a bezwaar against that decision.
 */
@Embeddable
public record Ingebrekestelling(@Column(name = "ingebrekestelling_ontvangen") LocalDate ontvangen,
                                @Column(name = "eerste_dwangsomdag") LocalDate eersteDwangsomdag,
                                @Column(name = "dwangsom_vastgesteld") LocalDate vastgesteld,
                                @Column(name = "dwangsom_dagen") Integer dagen,
                                @Column(name = "dwangsom_bedrag", precision = 7, scale = 2) BigDecimal bedrag,
                                @Enumerated(EnumType.STRING) @Column(name = "dwangsom_uitzondering") DwangsomUitzondering uitzondering,
                                @Column(name = "dwangsom_bezwaar_uiterlijk") LocalDate bezwaarUiterlijk) {

    public static Ingebrekestelling ontvangen(LocalDate ontvangen, LocalDate eersteDwangsomdag) {
        return new Ingebrekestelling(ontvangen, eersteDwangsomdag, null, null, null, null, null);
    }

    public Ingebrekestelling vastgesteld(LocalDate op, int dagen, BigDecimal bedrag, DwangsomUitzondering uitzondering,
                                         LocalDate bezwaarUiterlijk) {
        return new Ingebrekestelling(ontvangen, eersteDwangsomdag, op, dagen, bedrag, uitzondering, bezwaarUiterlijk);
    }
}
