package nl.jeugdhulp.toegang.zaak;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.fout.NietGevondenException;
import nl.jeugdhulp.toegang.proces.Medewerker;

/**
 * The zaken a user may see. A zaak is only shown to a user who works for its gemeente and whom the engine lets
 * read its process instance, so the engine's authorizations and tenants decide who sees which dossier. A zaak
 * of another gemeente is "not found": its existence is not given away either.
 */
@Component
@Transactional(readOnly = true)
public class ZichtbareZaken {

    private final ZaakRepository repository;
    private final HistoryService historyService;
    private final Medewerker medewerker;

    ZichtbareZaken(ZaakRepository repository, HistoryService historyService, Medewerker medewerker) {
        this.repository = repository;
        this.historyService = historyService;
        this.medewerker = medewerker;
    }

    /**
     * The dossier itself, for a feature that acts on a zaak the user may see (e.g. a bezwaar); "not found"
     * otherwise, whether it does not exist or is not the user's to see.
     */
    public Zaak zaak(String zaaknummer) {
        boolean magLezen = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(zaaknummer).count() > 0;
        Optional<Zaak> zaak = magLezen ? repository.findByZaaknummer(zaaknummer) : Optional.empty();
        return zaak.filter(gevonden -> medewerker.werktVoor(gevonden.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Zaak niet gevonden: " + zaaknummer));
    }
}
