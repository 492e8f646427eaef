package nl.jeugdhulp.toegang.dwangsom;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IngebrekestellingController {

    private final Ingebrekestellingen ingebrekestellingen;

    IngebrekestellingController(Ingebrekestellingen ingebrekestellingen) {
        this.ingebrekestellingen = ingebrekestellingen;
    }

    /** A zaak has at most one; the dwangsom runs from it (Awb 4:17 lid 3). */
    @PostMapping(path = "/api/zaken/{zaaknummer}/ingebrekestellingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngebrekestellingView> registreer(@PathVariable String zaaknummer,
                                                     @RequestBody IngebrekestellingRequest ingebrekestelling) {
        IngebrekestellingView geregistreerd = ingebrekestellingen.registreer(zaaknummer, ingebrekestelling);
        return ResponseEntity.created(URI.create("/api/zaken/" + zaaknummer + "/ingebrekestelling")).body(geregistreerd);
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}/ingebrekestelling", produces = MediaType.APPLICATION_JSON_VALUE)
    IngebrekestellingView ingebrekestelling(@PathVariable String zaaknummer) {
        return ingebrekestellingen.zichtbaar(zaaknummer);
    }
}
