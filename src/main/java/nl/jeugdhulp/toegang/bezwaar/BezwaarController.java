package nl.jeugdhulp.toegang.bezwaar;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BezwaarController {

    private final BezwaarService bezwaren;

    BezwaarController(BezwaarService bezwaren) {
        this.bezwaren = bezwaren;
    }

    /** Declares what it answers, so a client that accepts no JSON gets 406 before anything is registered, not after. */
    @PostMapping(path = "/api/zaken/{zaaknummer}/bezwaren", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BezwaarView> registreer(@PathVariable String zaaknummer, @RequestBody BezwaarRequest bezwaar) {
        Bezwaar geregistreerd = bezwaren.registreer(zaaknummer, bezwaar);
        return ResponseEntity.created(URI.create("/api/zaken/" + zaaknummer + "/bezwaren/" + geregistreerd.getId()))
                .body(BezwaarView.van(geregistreerd));
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}/bezwaren/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BezwaarView bezwaar(@PathVariable String zaaknummer, @PathVariable Long id) {
        return bezwaren.zichtbaar(zaaknummer, id);
    }
}
