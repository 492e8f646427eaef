package nl.jeugdhulp.toegang.verslag;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.jeugdhulp.toegang.proces.Stapweigering;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * Stadskanaal 004 art 6.1: the verslag gives the outcome of the onderzoek, for every topic the gesprek covered
 * (004 art 5.1) and at least one; the family's own remarks are added (art 6.3).
 */
@Service
@Transactional
public class Verslagen {

    public void opgesteld(Zaak zaak, Map<Gespreksonderwerp, String> uitkomsten, String opmerkingenFamilie) {
        var zonderUitkomst = zaak.zonderUitkomst(uitkomsten).stream()
                .map(onderwerp -> onderwerp.uitkomst().variabele().naam())
                .toList();
        if (!zonderUitkomst.isEmpty()) {
            throw new Stapweigering("Het gesprek besprak deze onderwerpen; geef de uitkomst: " + String.join(", ", zonderUitkomst));
        }
        if (uitkomsten.isEmpty()) {
            throw new Stapweigering("Het verslag geeft de uitkomst van het onderzoek voor minstens één onderwerp (004 art 6.1)");
        }
        zaak.verslagOpgesteld(uitkomsten, opmerkingenFamilie);
    }
}
