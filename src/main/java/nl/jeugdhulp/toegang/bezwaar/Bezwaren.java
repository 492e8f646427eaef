package nl.jeugdhulp.toegang.bezwaar;

import static nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen.BEZWAAR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.zaak.ZaakService;

/** The bezwaar dossier as its process sees it; referenced from the BPMN as {@code ${bezwaren}}. */
@Component("bezwaren")
@Transactional
public class Bezwaren {

    private final BezwaarRepository repository;
    private final ZaakService zaken;

    Bezwaren(BezwaarRepository repository, ZaakService zaken) {
        this.repository = repository;
        this.zaken = zaken;
    }

    /** The bezwaar this process instance handles. */
    public Bezwaar bezwaar(DelegateExecution execution) {
        Long id = BEZWAAR_ID.verplicht(execution);
        return repository.findById(id).orElseThrow(() -> new NotValidException("Geen bezwaar " + id
                + "; een bezwaar begint met POST /api/zaken/{zaaknummer}/bezwaren"));
    }

    /**
     * Binds the process instance to its bezwaar, at the start. The instance shares the zaaknummer as business key
     * with the zaak's main process; it must name a bezwaar of that zaak, and a bezwaar gets one instance only.
     */
    public void koppel(DelegateExecution execution) {
        Bezwaar bezwaar = bezwaar(execution);
        if (!bezwaar.getZaakId().equals(zaken.zaak(execution).getId())) {
            throw new NotValidException("Bezwaar " + bezwaar.getId() + " hoort niet bij zaak " + execution.getProcessBusinessKey());
        }
        if (bezwaar.getProcesInstantieId() != null && !bezwaar.getProcesInstantieId().equals(execution.getProcessInstanceId())) {
            throw new NotValidException("Bezwaar " + bezwaar.getId() + " heeft al een proces");
        }
        bezwaar.koppel(execution.getProcessInstanceId());
    }
}
