package nl.jeugdhulp.toegang.verwijzing;

import static nl.jeugdhulp.toegang.verwijzing.VerwijzingVariabelen.CONTACT_DATUM;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.proces.Stapinvoer;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.Verwijzing;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * A referral to a provider the gemeente has not contracted (000; 004 art 8.2): the consulent contacted the
 * family first; the regular onderzoek follows.
 */
@Component("contactOpgenomenListener")
class ContactOpgenomenListener implements TaskListener {

    private final ZaakService zaken;
    private final Beslissingen beslissingen;
    private final EngineClock klok;

    ContactOpgenomenListener(ZaakService zaken, Beslissingen beslissingen, EngineClock klok) {
        this.zaken = zaken;
        this.beslissingen = beslissingen;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        var datum = Stapinvoer.gebeurd(CONTACT_DATUM, task, zaak.getOntvangen(), klok.today());
        String toelichting = TOELICHTING_TEKST.neem(task).orElse("");
        Verwijzing verwijzing = zaak.getVerwijzing().orElseThrow();
        beslissingen.leg(task, "verwijzing", "aanbieder " + verwijzing.aanbiederAgbCode() + " niet gecontracteerd",
                "Verwezen door " + verwijzing.verwijzerType() + " (AGB " + verwijzing.verwijzerAgbCode() + "); gezin gesproken op "
                        + datum + ". " + toelichting + " (000; 004 art 8.2)");
    }
}
