package nl.jeugdhulp.toegang.zaak;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotValidException;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers: a zaak found by its zaaknummer, the process instance's business key. The lookup goes by natural
 * id, so within one transaction (one engine command) only the first lookup of a zaak reads the database; the
 * listeners, delegates and due-date expressions of one step all share that read.
 */
@Service
@Transactional
public class ZaakService {

    private final ZaakRepository repository;
    private final EntityManager entityManager;

    ZaakService(ZaakRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    public Zaak zaak(String zaaknummer) {
        if (zaaknummer == null) {
            throw new NotValidException("Geen dossier voor een proces zonder zaaknummer; een zaak begint met POST /api/meldingen");
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Zaak.class).loadOptional(zaaknummer)
                .orElseThrow(() -> new NotValidException(
                        "Geen dossier voor zaak " + zaaknummer + "; een zaak begint met POST /api/meldingen"));
    }

    public Zaak zaak(DelegateExecution execution) {
        return zaak(execution.getProcessBusinessKey());
    }

    /** Stores a new zaak and gives it its zaaknummer, e.g. JH-2026-000042. */
    public Zaak registreer(Zaak zaak) {
        Zaak opgeslagen = repository.save(zaak);
        opgeslagen.kenZaaknummerToe("JH-%d-%06d".formatted(zaak.getOntvangen().getYear(), opgeslagen.getId()));
        return opgeslagen;
    }
}
