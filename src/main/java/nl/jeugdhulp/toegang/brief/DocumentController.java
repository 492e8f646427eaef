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

import nl.jeugdhulp.toegang.fout.NietGevondenException;
import nl.jeugdhulp.toegang.verwerking.Verwerkingen;
import nl.jeugdhulp.toegang.zaak.Zaak;
import nl.jeugdhulp.toegang.zaak.ZichtbareZaken;

/**
 * The letters of a zaak: the list, and each letter as the PDF that went out. Whoever may not see the zaak gets
 * 404, as for the zaak itself.
 */
@RestController
@Transactional(readOnly = true)
class DocumentController {

    private final ZichtbareZaken zaken;
    private final DocumentRepository documenten;
    private final Verwerkingen verwerkingen;

    DocumentController(ZichtbareZaken zaken, DocumentRepository documenten, Verwerkingen verwerkingen) {
        this.zaken = zaken;
        this.documenten = documenten;
        this.verwerkingen = verwerkingen;
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}/documenten", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DocumentView> documenten(@PathVariable String zaaknummer) {
        Zaak zaak = zaken.zaak(zaaknummer);
        verwerkingen.ingezien(zaak, "brieven");
        return documenten.overzicht(zaak.getId());
    }

    @GetMapping(path = "/api/zaken/{zaaknummer}/documenten/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> document(@PathVariable String zaaknummer, @PathVariable long id) {
        Zaak zaak = zaken.zaak(zaaknummer);
        Document document = documenten.findByIdAndZaakId(id, zaak.getId())
                .orElseThrow(() -> new NietGevondenException("Document " + id + " niet gevonden bij zaak " + zaaknummer));
        verwerkingen.ingezien(zaak, "brief " + id + ": " + document.getSoort().titel());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                // Chrome shows a PDF through its own viewer, which "default-src 'none'" (object-src) blocks: a
                // letter only keeps the ban on framing; the other data headers stay (SecurityHeadersFilter).
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(zaaknummer + "-" + document.getSoort().sjabloon() + ".pdf").build().toString())
                .body(document.getInhoud());
    }
}
