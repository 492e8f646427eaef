package nl.jeugdhulp.toegang.zaak;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.web.NietGevondenException;

@RestController
class ZaakController {

    private final ZaakViews views;

    ZaakController(ZaakViews views) {
        this.views = views;
    }

    @GetMapping("/api/zaken/{zaaknummer}")
    ZaakView zaak(@PathVariable String zaaknummer) {
        return views.zichtbaar(zaaknummer).orElseThrow(() -> new NietGevondenException("Zaak niet gevonden: " + zaaknummer));
    }
}
