package nl.jeugdhulp.toegang.dwangsom;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.zaak.DwangsomUitzondering;

/** The teamleider's settlement of the dwangsom (Awb 4:18): whether an exception of Awb 4:17 lid 6 applies. */
public final class DwangsomVariabelen {

    /** Empty when none applies: the dwangsom is then owed in full. */
    public static final Variabele<DwangsomUitzondering> DWANGSOM_UITZONDERING =
            Variabele.keuze("dwangsomUitzondering", DwangsomUitzondering.class);

    private DwangsomVariabelen() {
    }
}
