package nl.jeugdhulp.toegang.brief;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.jeugdhulp.toegang.proces.EngineClock;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * Makes a letter for a zaak and keeps the PDF with its dossier, in the transaction of the step that sends it.
 * When the letter cannot be made, the step fails with a message that says which letter for which zaak; the
 * step is asynchronous in the model, so that becomes an incident in Cockpit, never a letter silently missing.
 */
@Service
public class Brieven {

    private static final Logger LOG = LoggerFactory.getLogger(Brieven.class);

    private final Briefinhoud inhoud;
    private final BriefRenderer renderer;
    private final DocumentRepository documenten;
    private final EngineClock klok;
    private final MeterRegistry metrics;

    Brieven(Briefinhoud inhoud, BriefRenderer renderer, DocumentRepository documenten, EngineClock klok,
            MeterRegistry metrics) {
        this.inhoud = inhoud;
        this.renderer = renderer;
        this.documenten = documenten;
        this.klok = klok;
        this.metrics = metrics;
    }

    public void verstuur(Zaak zaak, Briefsoort soort) {
        byte[] pdf;
        try {
            pdf = Timer.builder("jeugdhulp.brieven").description("Brieven gemaakt, en hoe lang dat duurde")
                    .tag("soort", soort.name()).register(metrics)
                    .record(() -> renderer.pdf(inhoud.van(zaak, soort, klok.today())));
        } catch (RuntimeException e) {
            throw new BriefNietGemaaktException("Brief '" + soort.titel() + "' voor zaak " + zaak.getZaaknummer()
                    + " is niet gemaakt: " + e.getMessage(), e);
        }
        documenten.save(new Document(zaak.getId(), soort, klok.now(), pdf));
        LOG.info("Brief {} gemaakt voor zaak {} ({} bytes)", soort, zaak.getZaaknummer(), pdf.length);
    }
}
