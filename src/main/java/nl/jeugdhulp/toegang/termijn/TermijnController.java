package nl.jeugdhulp.toegang.termijn;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.web.OngeldigeInvoerException;

/** Lets consultants (and our tests) ask the calendar directly: "when is this due, and why then?" */
@RestController
class TermijnController {

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
