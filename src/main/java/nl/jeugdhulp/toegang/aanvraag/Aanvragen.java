package nl.jeugdhulp.toegang.aanvraag;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.termijn.Termijnbewaking;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Verwijzing;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/** The aanvraag as the BPMN uses it, {@code ${aanvragen...}}. */
@Component("aanvragen")
@Transactional
public class Aanvragen {

    private final ZaakService zaken;
    private final Termijnbewaking termijnen;
    private final Beslissingen beslissingen;

    Aanvragen(ZaakService zaken, Termijnbewaking termijnen, Beslissingen beslissingen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
        this.beslissingen = beslissingen;
    }

    /**
     * A referral by an arts to a contracted provider needs no onderzoek of its own (004 art 8.2; 000): the
     * referral is the aanvraag, dated the day the melding came in, and the decision term starts from it.
     */
    public void verwijzingAlsAanvraag(DelegateExecution execution) {
        Zaak zaak = zaken.zaak(execution);
        Verwijzing verwijzing = zaak.getVerwijzing().orElseThrow();
        zaak.aanvraagOntvangen(zaak.getOntvangen());
        termijnen.start(zaak, Termijnsoort.BESCHIKKING);
        beslissingen.leg(zaak, "verwijzing", "geldt als aanvraag van " + zaak.getOntvangen(),
                "Verwezen door " + verwijzing.verwijzerType() + " " + verwijzing.verwijzerNaam() + " (AGB "
                        + verwijzing.verwijzerAgbCode() + ") naar gecontracteerde aanbieder " + verwijzing.aanbiederNaam()
                        + " (AGB " + verwijzing.aanbiederAgbCode() + "); geen eigen onderzoek (004 art 8.2; 000).",
                "regel verwijzing");
    }
}
