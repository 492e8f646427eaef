package nl.jeugdhulp.toegang.zaak;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.bezwaar.BezwaarRepository;
import nl.jeugdhulp.toegang.bezwaar.BezwaarView;
import nl.jeugdhulp.toegang.security.Medewerker;
import nl.jeugdhulp.toegang.web.NietGevondenException;

/**
 * Reads zaken for the API. A zaak is only shown to a user who works for its gemeente and whom the engine lets
 * read its process instance, so the engine's authorizations and tenants decide who sees which dossier. A zaak
 * of another gemeente is "not found": its existence is not given away either.
 */
@Component
@Transactional(readOnly = true)
public class ZaakViews {

    private final ZaakRepository repository;
    private final HistoryService historyService;
    private final BezwaarRepository bezwaren;
    private final Medewerker medewerker;

    ZaakViews(ZaakRepository repository, HistoryService historyService, BezwaarRepository bezwaren, Medewerker medewerker) {
        this.repository = repository;
        this.historyService = historyService;
        this.bezwaren = bezwaren;
        this.medewerker = medewerker;
    }

    public ZaakView zichtbaar(String zaaknummer) {
        return van(zichtbareZaak(zaaknummer));
    }

    public ZaakView van(Zaak zaak) {
        return new ZaakView(zaak.getZaaknummer(), zaak.getGemeente(), zaak.getFase(), zaak.getRoute(), zaak.isSpoed(),
                zaak.getOntvangen(),
                zaak.getDoorgezondenOp() == null ? null
                        : new ZaakView.Doorzending(zaak.getDoorgezondenAan(), zaak.getDoorgezondenOp()),
                zaak.getTermijnen().stream()
                        .map(t -> new ZaakView.TermijnView(t.getSoort(), t.getUiterlijk(), t.getUiterlijkOm().orElse(null),
                                t.getOorspronkelijk().orElse(null), t.getStatus(), t.getRegel()))
                        .toList(),
                zaak.getBeslissingen().stream()
                        .map(b -> new ZaakView.BeslissingView(b.getSoort(), b.getUitkomst(), b.getMotivering(),
                                b.getGenomen(), b.getDoor()))
                        .toList(),
                bezwaren.findByZaakIdOrderById(zaak.getId()).stream().map(BezwaarView::van).toList());
    }

    /**
     * The dossier itself, for a feature that acts on a zaak the user may see (e.g. a bezwaar); "not found"
     * otherwise, whether it does not exist or is not the user's to see.
     */
    public Zaak zichtbareZaak(String zaaknummer) {
        boolean magLezen = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(zaaknummer).count() > 0;
        Optional<Zaak> zaak = magLezen ? repository.findByZaaknummer(zaaknummer) : Optional.empty();
        return zaak.filter(gevonden -> medewerker.werktVoor(gevonden.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Zaak niet gevonden: " + zaaknummer));
    }
}
