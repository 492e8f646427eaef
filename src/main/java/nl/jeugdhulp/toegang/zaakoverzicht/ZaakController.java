package nl.jeugdhulp.toegang.zaakoverzicht;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.melding.MeldingRequest;
import nl.jeugdhulp.toegang.melding.MeldingService;
import nl.jeugdhulp.toegang.onderzoek.Familiegroepsplannen;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/** The endpoints that answer with the zaak as the API shows it: a new melding, a zaak, a familiegroepsplan received. */
@RestController
class ZaakController {

    private final ZaakViews views;
    private final ZichtbareZaken zaken;
    private final MeldingService meldingen;
    private final Familiegroepsplannen familiegroepsplannen;
    private final Verwerkingen verwerkingen;

    ZaakController(ZaakViews views, ZichtbareZaken zaken, MeldingService meldingen,
                   Familiegroepsplannen familiegroepsplannen, Verwerkingen verwerkingen) {
        this.views = views;
        this.zaken = zaken;
        this.meldingen = meldingen;
        this.familiegroepsplannen = familiegroepsplannen;
        this.verwerkingen = verwerkingen;
    }

    @PostMapping(path = "/api/meldingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZaakView> registreer(@RequestBody MeldingRequest melding) {
        Zaak zaak = meldingen.registreer(melding);
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.getZaaknummer())).body(views.van(zaak));
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    ZaakView zaak(@PathVariable String zaaknummer) {
        Zaak zaak = zaken.zaak(zaaknummer);
        verwerkingen.ingezien(zaak, "zaak");
        return views.van(zaak);
    }

    @PostMapping(path = "/api/zaken/{zaaknummer}/familiegroepsplan", produces = MediaType.APPLICATION_JSON_VALUE)
    ZaakView familiegroepsplanOntvangen(@PathVariable String zaaknummer) {
        familiegroepsplannen.ontvangen(zaaknummer);
        return views.zichtbaar(zaaknummer);
    }
}
