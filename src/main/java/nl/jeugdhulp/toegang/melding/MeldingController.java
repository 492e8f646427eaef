package nl.jeugdhulp.toegang.melding;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.zaak.ZaakView;
import nl.jeugdhulp.toegang.zaak.ZaakViews;

@RestController
class MeldingController {

    private final MeldingService meldingen;
    private final ZaakViews views;

    MeldingController(MeldingService meldingen, ZaakViews views) {
        this.meldingen = meldingen;
        this.views = views;
    }

    @PostMapping(path = "/api/meldingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZaakView> registreer(@RequestBody MeldingRequest melding) {
        var zaak = meldingen.registreer(melding);
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.getZaaknummer())).body(views.van(zaak));
    }
}
