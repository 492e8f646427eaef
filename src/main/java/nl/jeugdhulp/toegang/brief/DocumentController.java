package nl.jeugdhulp.toegang.brief;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.jeugdhulp.toegang.web.NietGevondenException;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZaakViews;

/**
 * The letters of a zaak: the list, and each letter as the PDF that went out. Whoever may not see the zaak gets
 * 404, as for the zaak itself.
 */
@RestController
@Transactional(readOnly = true)
class DocumentController {

    private final ZaakViews zaken;
    private final DocumentRepository documenten;

    DocumentController(ZaakViews zaken, DocumentRepository documenten) {
        this.zaken = zaken;
        this.documenten = documenten;
    }

    @GetMapping("/api/zaken/{zaaknummer}/documenten")
    List<DocumentView> documenten(@PathVariable String zaaknummer) {
        return documenten.overzicht(zaak(zaaknummer).getId());
    }

    @GetMapping("/api/zaken/{zaaknummer}/documenten/{id}")
    ResponseEntity<byte[]> document(@PathVariable String zaaknummer, @PathVariable long id) {
        Document document = documenten.findByIdAndZaakId(id, zaak(zaaknummer).getId())
                .orElseThrow(() -> new NietGevondenException("Document " + id + " niet gevonden bij zaak " + zaaknummer));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(zaaknummer + "-" + document.getSoort().sjabloon() + ".pdf").build().toString())
                .body(document.getInhoud());
    }

    private Zaak zaak(String zaaknummer) {
        return zaken.zichtbareZaak(zaaknummer)
                .orElseThrow(() -> new NietGevondenException("Zaak niet gevonden: " + zaaknummer));
    }
}
