package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.zaak.TermijnStatus;

/** A bezwaar as the API shows it: its dates, flags and outcome; the indiener and motivering stay in the dossier. */
public record BezwaarView(Long id, LocalDate ontvangen, boolean tijdig, boolean adviescommissie,
                          LocalDate beslistermijnUiterlijk, TermijnStatus beslistermijnStatus, boolean verdaagd,
                          BezwaarStatus status, BeslissingOpBezwaar beslissing) {

    public static BezwaarView van(Bezwaar bezwaar) {
        return new BezwaarView(bezwaar.getId(), bezwaar.getOntvangen(), bezwaar.isTijdig(), bezwaar.isAdviescommissie(),
                bezwaar.getBeslistermijn().uiterlijk(), bezwaar.getBeslistermijn().status(), bezwaar.isVerdaagd(),
                bezwaar.getStatus(), bezwaar.getBeslissing());
    }
}
