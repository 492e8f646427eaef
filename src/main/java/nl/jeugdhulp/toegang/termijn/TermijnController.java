package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.zaak.Termijnberekening;
import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/** Lets consultants (and our tests) ask the calendar directly: "when is this due, and why then?" */
@RestController
class TermijnController {

    /** From the Jeugdwet's start to well past any deadline a case can have. */
    private static final LocalDate EERSTE_DAG = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAATSTE_DAG = LocalDate.of(2100, 12, 31);

    private final Gemeenten gemeenten;
    private final TermijnCalculator calculator;

    TermijnController(Gemeenten gemeenten, TermijnCalculator calculator) {
        this.gemeenten = gemeenten;
        this.calculator = calculator;
    }

    @GetMapping("/api/termijnen")
    Termijnberekening bereken(@RequestParam String gemeente, @RequestParam String soort,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf) {
        var fouten = new OngeldigeInvoerException();
        var gevonden = gemeenten.find(gemeente);
        if (gevonden.isEmpty()) {
            fouten.veld("gemeente", "onbekende gemeente: " + gemeente);
        }
        if (vanaf.isBefore(EERSTE_DAG) || vanaf.isAfter(LAATSTE_DAG)) {
            fouten.veld("vanaf", "moet tussen " + EERSTE_DAG + " en " + LAATSTE_DAG + " liggen");
        }
        Termijnsoort termijnsoort = null;
        try {
            termijnsoort = Termijnsoort.valueOf(soort);
        } catch (IllegalArgumentException e) {
            fouten.veld("soort", "onbekende termijnsoort: " + soort);
        }
        fouten.gooiAlsNodig();
        return calculator.bereken(gevonden.get(), termijnsoort, vanaf);
    }
}
