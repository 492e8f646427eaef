package nl.jeugdhulp.toegang.zaak;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.verwerking.Verwerkingen;

@RestController
class ZaakController {

    private final ZaakViews views;
    private final Verwerkingen verwerkingen;

    ZaakController(ZaakViews views, Verwerkingen verwerkingen) {
        this.views = views;
        this.verwerkingen = verwerkingen;
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    ZaakView zaak(@PathVariable String zaaknummer) {
        Zaak zaak = views.zichtbareZaak(zaaknummer);
        verwerkingen.ingezien(zaak, "zaak");
        return views.van(zaak);
    }
}
