package nl.jeugdhulp.toegang.verwerking;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * The audit trail of our API: who read or changed which dossier, and when. Camunda's user operation log keeps
 * what happens to tasks and process instances; this keeps what the engine does not see, such as opening a
 * dossier or one of its letters.
 */
@Service
public class Verwerkingen {

    static final String SYSTEEM = "systeem";

    private final VerwerkingRepository repository;
    private final IdentityService identityService;
    private final EngineClock klok;

    Verwerkingen(VerwerkingRepository repository, IdentityService identityService, EngineClock klok) {
        this.repository = repository;
        this.identityService = identityService;
        this.klok = klok;
    }

    /** A read is recorded in a transaction of its own: reading happens in read-only transactions. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ingezien(Zaak zaak, String wat) {
        vastleggen(zaak, Handeling.INZIEN, wat);
    }

    /** A change is recorded with the change itself: both are stored, or neither. */
    @Transactional
    public void gewijzigd(Zaak zaak, String wat) {
        vastleggen(zaak, Handeling.VASTLEGGEN, wat);
    }

    /** With the destruction itself: the line stays, the dossier goes. */
    @Transactional
    public void vernietigd(Zaak zaak, String waarom) {
        vastleggen(zaak, Handeling.VERNIETIGEN, waarom);
    }

    @Transactional(readOnly = true)
    public List<VerwerkingView> van(Zaak zaak) {
        return repository.findByZaaknummerOrderByTijdstipAscIdAsc(zaak.getZaaknummer()).stream()
                .map(Verwerking::view).toList();
    }

    /** Our API always has a user; a change made without one came from the application itself. */
    private void vastleggen(Zaak zaak, Handeling handeling, String wat) {
        Authentication gebruiker = identityService.getCurrentAuthentication();
        repository.save(new Verwerking(zaak.getZaaknummer(), zaak.getGemeente(),
                gebruiker == null ? SYSTEEM : gebruiker.getUserId(), klok.now(), handeling, wat));
    }
}
