package nl.jeugdhulp.toegang.dwangsom;

import static nl.jeugdhulp.toegang.dwangsom.DwangsomVariabelen.DWANGSOM_UITZONDERING;
import static nl.jeugdhulp.toegang.zaak.ZaakVariabelen.TOELICHTING_TEKST;

import java.math.BigDecimal;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.pgb.Bedragen;
import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.termijn.TermijnCalculator;
import nl.jeugdhulp.toegang.zaak.Beslissingen;
import nl.jeugdhulp.toegang.zaak.DwangsomUitzondering;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakService;

/**
 * The teamleider settles the dwangsom (Awb 4:18): its days up to the day before the beschikking went out and their
 * amount, or none when the aanvraag was kennelijk niet-ontvankelijk or kennelijk ongegrond (Awb 4:17 lid 6), which
 * then needs its reason. The settlement is a beschikking itself, so its letter has a bezwaartermijn, counted from
 * today as the gemeente's BEZWAARTERMIJN says.
 */
@Component("dwangsomVastgesteldListener")
class DwangsomVastgesteldListener implements TaskListener {

    private final ZaakService zaken;
    private final Beslissingen beslissingen;
    private final TermijnCalculator calculator;
    private final Gemeenten gemeenten;
    private final EngineClock klok;

    DwangsomVastgesteldListener(ZaakService zaken, Beslissingen beslissingen, TermijnCalculator calculator,
                                Gemeenten gemeenten, EngineClock klok) {
        this.zaken = zaken;
        this.beslissingen = beslissingen;
        this.calculator = calculator;
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    @Override
    public void notify(DelegateTask task) {
        Zaak zaak = zaken.zaak(task.getExecution());
        Optional<DwangsomUitzondering> uitzondering = DWANGSOM_UITZONDERING.lees(task);
        Optional<String> toelichting = uitzondering.isPresent()
                ? Optional.of(TOELICHTING_TEKST.verplicht(task, "waarom " + uitzondering.get().omschrijving()))
                : TOELICHTING_TEKST.neem(task);
        int dagen = Dwangsommen.dagen(zaak);
        BigDecimal bedrag = uitzondering.isPresent() ? BigDecimal.ZERO.setScale(2) : Dwangsom.bedrag(dagen);
        var bezwaarUiterlijk = calculator.bereken(gemeenten.get(zaak.getGemeente()), Termijnsoort.BEZWAARTERMIJN,
                klok.today()).uiterlijk();
        zaak.ingebrekegesteld(Dwangsommen.ingebrekestelling(zaak).vastgesteld(klok.today(), dagen, bedrag,
                uitzondering.orElse(null), bezwaarUiterlijk));
        beslissingen.leg(task, "dwangsom", dagen + " dagen, " + Bedragen.euro(bedrag)
                        + uitzondering.map(u -> " (geen dwangsom: " + u.omschrijving() + ")").orElse(""),
                toelichting.map(t -> t + " ").orElse("") + "(Awb 4:17, 4:18)");
    }
}
