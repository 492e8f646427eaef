package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.proces.EngineClock;

/**
 * The Termijnbewaking for the gemeente's own reporting: the dashboard's data as JSON, and its five tables as CSV
 * (the cases to act on, the counts per termijn soort, the workload, the dwangsommen, the doorlooptijden). Without {@code gemeente}: all
 * of the team leader's gemeenten.
 */
@RestController
class TermijnbewakingController {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(EngineClock.ZONE);

    private final Termijnoverzicht overzicht;

    TermijnbewakingController(Termijnoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping(path = "/api/termijnbewaking", produces = MediaType.APPLICATION_JSON_VALUE)
    Overzicht overzicht(@RequestParam(required = false) String gemeente) {
        return overzicht.overzicht(gemeente);
    }

    @GetMapping("/api/termijnbewaking/zaken.csv")
    ResponseEntity<String> zaken(@RequestParam(required = false) String gemeente) {
        Overzicht stand = overzicht.overzicht(gemeente);
        Map<String, Function<Overzicht.Signalering, Object>> kolommen = new LinkedHashMap<>();
        kolommen.put("zaaknummer", Overzicht.Signalering::zaaknummer);
        kolommen.put("gemeente", Overzicht.Signalering::gemeente);
        kolommen.put("initialen", Overzicht.Signalering::initialen);
        kolommen.put("termijn", Overzicht.Signalering::termijn);
        kolommen.put("uiterlijk", Overzicht.Signalering::uiterlijk);
        kolommen.put("uiterlijk om", s -> s.uiterlijkOm() == null ? null : TIJD.format(s.uiterlijkOm()));
        kolommen.put("overschreden", s -> s.overschreden() ? "ja" : "nee");
        kolommen.put("werkdagen over", s -> s.overschreden() ? -s.werkdagen() : null);
        kolommen.put("werkdagen te gaan", s -> s.overschreden() ? null : s.werkdagen());
        kolommen.put("regisseur", Overzicht.Signalering::regisseurNaam);
        kolommen.put("stap", Overzicht.Signalering::stap);
        return Csv.bestand("zaken", stand.peildatum(), kolommen, stand.zaken());
    }

    @GetMapping("/api/termijnbewaking/termijnen.csv")
    ResponseEntity<String> termijnen(@RequestParam(required = false) String gemeente) {
        Overzicht stand = overzicht.overzicht(gemeente);
        Map<String, Function<PerGemeente<Overzicht.Telling>, Object>> kolommen = new LinkedHashMap<>();
        kolommen.put("gemeente", PerGemeente::gemeente);
        kolommen.put("termijn", rij -> rij.rij().soort());
        kolommen.put("lopend", rij -> rij.rij().lopend());
        kolommen.put("binnen " + stand.binnenWerkdagen() + " werkdagen", rij -> rij.rij().binnenTermijn());
        kolommen.put("overschreden", rij -> rij.rij().overschreden());
        kolommen.put("oudste overschrijding (werkdagen)", rij -> rij.rij().oudsteOverschrijding());
        return Csv.bestand("termijnen", stand.peildatum(), kolommen, perGemeente(stand, Overzicht.Gemeente::termijnen));
    }

    @GetMapping("/api/termijnbewaking/werklast.csv")
    ResponseEntity<String> werklast(@RequestParam(required = false) String gemeente) {
        Overzicht stand = overzicht.overzicht(gemeente);
        Map<String, Function<PerGemeente<Overzicht.Werklast>, Object>> kolommen = new LinkedHashMap<>();
        kolommen.put("gemeente", PerGemeente::gemeente);
        kolommen.put("medewerker", rij -> rij.rij().medewerker() == null ? "(niet toegewezen)" : rij.rij().naam());
        kolommen.put("open taken", rij -> rij.rij().openTaken());
        kolommen.put("verlopen taken", rij -> rij.rij().verlopenTaken());
        return Csv.bestand("werklast", stand.peildatum(), kolommen, perGemeente(stand, Overzicht.Gemeente::werklast));
    }

    @GetMapping("/api/termijnbewaking/dwangsommen.csv")
    ResponseEntity<String> dwangsommen(@RequestParam(required = false) String gemeente) {
        Overzicht stand = overzicht.overzicht(gemeente);
        Map<String, Function<Overzicht.Dwangsomzaak, Object>> kolommen = new LinkedHashMap<>();
        kolommen.put("zaaknummer", Overzicht.Dwangsomzaak::zaaknummer);
        kolommen.put("gemeente", Overzicht.Dwangsomzaak::gemeente);
        kolommen.put("initialen", Overzicht.Dwangsomzaak::initialen);
        kolommen.put("ingebrekestelling ontvangen", Overzicht.Dwangsomzaak::ingebrekestelling);
        kolommen.put("eerste dwangsomdag", Overzicht.Dwangsomzaak::eersteDwangsomdag);
        kolommen.put("beschikking verzonden", Overzicht.Dwangsomzaak::beschikkingVerzonden);
        kolommen.put("dagen", Overzicht.Dwangsomzaak::dagen);
        kolommen.put("bedrag (euro)", d -> d.bedrag().toPlainString());
        return Csv.bestand("dwangsommen", stand.peildatum(), kolommen, stand.dwangsommen());
    }

    @GetMapping("/api/termijnbewaking/doorlooptijden.csv")
    ResponseEntity<String> doorlooptijden(@RequestParam(required = false) String gemeente) {
        Overzicht stand = overzicht.overzicht(gemeente);
        Map<String, Function<Overzicht.Doorlooptijd, Object>> kolommen = new LinkedHashMap<>();
        kolommen.put("gemeente", Overzicht.Doorlooptijd::gemeente);
        kolommen.put("maand", Overzicht.Doorlooptijd::maand);
        kolommen.put("fase", d -> d.fase().omschrijving());
        kolommen.put("aantal", Overzicht.Doorlooptijd::aantal);
        kolommen.put("mediaan (werkdagen)", d -> String.valueOf(d.mediaan()).replace('.', ','));
        kolommen.put("p90 (werkdagen)", Overzicht.Doorlooptijd::p90);
        kolommen.put("binnen termijn (%)", d -> d.binnenTermijn() == null ? null : Math.round(d.binnenTermijn() * 100));
        return Csv.bestand("doorlooptijden", stand.peildatum(), kolommen, stand.doorlooptijden());
    }

    /** A row of a gemeente's own table, with the gemeente's code in front, for a CSV of all of the user's gemeenten. */
    private record PerGemeente<T>(String gemeente, T rij) {
    }

    private static <T> List<PerGemeente<T>> perGemeente(Overzicht stand, Function<Overzicht.Gemeente, List<T>> tabel) {
        return stand.gemeenten().stream()
                .flatMap(g -> tabel.apply(g).stream().map(rij -> new PerGemeente<>(g.gemeente(), rij)))
                .toList();
    }
}
