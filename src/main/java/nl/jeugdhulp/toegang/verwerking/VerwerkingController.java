package nl.jeugdhulp.toegang.verwerking;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.proces.Groepen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/**
 * The audit trail of one zaak, for the teamleiders of its gemeente: they answer a family's question who saw
 * their dossier (AVG art 15), and look into a suspected misuse.
 */
@RestController
class VerwerkingController {

    private final ZichtbareZaken zaken;
    private final Verwerkingen verwerkingen;
    private final IdentityService identityService;

    VerwerkingController(ZichtbareZaken zaken, Verwerkingen verwerkingen, IdentityService identityService) {
        this.zaken = zaken;
        this.verwerkingen = verwerkingen;
        this.identityService = identityService;
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    List<VerwerkingView> verwerkingen(@PathVariable String zaaknummer) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Authentication gebruiker = identityService.getCurrentAuthentication();
        if (!gebruiker.getGroupIds().contains(Groepen.TEAMLEIDERS)) {
            throw new AuthorizationException(gebruiker.getUserId(), "READ", "Verwerkingen", zaaknummer);
        }
        verwerkingen.ingezien(zaak, "verwerkingen");
        return verwerkingen.van(zaak);
    }
}
