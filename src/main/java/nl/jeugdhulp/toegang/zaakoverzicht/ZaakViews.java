package nl.jeugdhulp.toegang.zaakoverzicht;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.bezwaar.BezwaarRepository;
import nl.jeugdhulp.toegang.bezwaar.BezwaarView;
import nl.jeugdhulp.toegang.dwangsom.IngebrekestellingView;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Opschorting;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/** The zaak as the API shows it: the dossier with its termijnen, beslissingen and bezwaren, for a user who may see it. */
@Component
@Transactional(readOnly = true)
public class ZaakViews {

    private final ZichtbareZaken zaken;
    private final BezwaarRepository bezwaren;
    private final EngineClock klok;

    ZaakViews(ZichtbareZaken zaken, BezwaarRepository bezwaren, EngineClock klok) {
        this.zaken = zaken;
        this.bezwaren = bezwaren;
        this.klok = klok;
    }

    public ZaakView zichtbaar(String zaaknummer) {
        return van(zaken.zaak(zaaknummer));
    }

    public ZaakView van(Zaak zaak) {
        return new ZaakView(zaak.getZaaknummer(), zaak.getGemeente(), zaak.getFase(), zaak.getRoute().orElse(null), zaak.isSpoed(),
                zaak.getOntvangen(),
                zaak.getDoorzending().map(doorzending -> new ZaakView.Doorzending(doorzending.aan(), doorzending.op())).orElse(null),
                zaak.getTermijnen().stream()
                        .map(t -> new ZaakView.TermijnView(t.getSoort(), t.getUiterlijk(), t.getUiterlijkOm().orElse(null),
                                t.getOorspronkelijk().orElse(null), t.getVerdaagdVan().orElse(null),
                                t.getOpschortingen().stream().map(ZaakViews::opschorting).toList(), t.getStatus(),
                                t.getAfgerond().orElse(null), t.getRegel()))
                        .toList(),
                zaak.getBeslissingen().stream()
                        .map(b -> new ZaakView.BeslissingView(b.getSoort(), b.getUitkomst(), b.getMotivering(),
                                b.getGenomen(), b.getDoor()))
                        .toList(),
                bezwaren.findByZaakIdOrderById(zaak.getId()).stream().map(BezwaarView::van).toList(),
                zaak.getIngebrekestelling().map(i -> IngebrekestellingView.van(i, zaak, klok.today())).orElse(null));
    }

    private static ZaakView.OpschortingView opschorting(Opschorting o) {
        return new ZaakView.OpschortingView(o.reden(), o.reden().omschrijving(), o.reden().bron(), o.toelichting(), o.van(),
                o.tot(), o.aanvullenUiterlijk(), o.loopt() ? null : o.dagen());
    }
}
