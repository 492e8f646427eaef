package nl.jeugdhulp.toegang.dwangsom;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.jeugdhulp.toegang.zaak.DwangsomUitzondering;
import nl.jeugdhulp.toegang.zaak.Ingebrekestelling;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * An ingebrekestelling as the API and the dashboard show it: when it came, the last day to decide without a dwangsom,
 * the first day of the dwangsom, and its days and amount: to date while the beschikking is still to come, up to the
 * day before it went out once it did, and as settled (Awb 4:18), with the exception of lid 6 if one applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngebrekestellingView(LocalDate ontvangen, LocalDate beslissenUiterlijk, LocalDate eersteDwangsomdag,
                                    int dagen, BigDecimal bedrag, LocalDate vastgesteld, DwangsomUitzondering uitzondering) {

    public static IngebrekestellingView van(Ingebrekestelling ingebrekestelling, Zaak zaak, LocalDate vandaag) {
        LocalDate eerste = ingebrekestelling.eersteDwangsomdag();
        if (ingebrekestelling.vastgesteld() != null) {
            return new IngebrekestellingView(ingebrekestelling.ontvangen(), Dwangsom.beslissenUiterlijk(eerste), eerste,
                    ingebrekestelling.dagen(), ingebrekestelling.bedrag(), ingebrekestelling.vastgesteld(),
                    ingebrekestelling.uitzondering());
        }
        int dagen = zaak.getBeschikking().verzondenOp()
                .map(verzonden -> Dwangsom.dagenTotVerzending(eerste, verzonden))
                .orElseGet(() -> Dwangsom.dagen(eerste, vandaag));
        return new IngebrekestellingView(ingebrekestelling.ontvangen(), Dwangsom.beslissenUiterlijk(eerste), eerste, dagen,
                Dwangsom.bedrag(dagen), null, null);
    }
}
