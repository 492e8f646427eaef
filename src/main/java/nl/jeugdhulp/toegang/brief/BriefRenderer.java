package nl.jeugdhulp.toegang.brief;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * Fills a letter's XHTML template ({@code src/main/resources/brieven/<soort>.html}) with Thymeleaf and lays it
 * out as an accessible PDF: PDF/A-2a, tagged for screen readers (PDF/UA), with the title and the language
 * (Dutch) from the template and the DejaVu Sans font embedded, so the text is real text on every reader.
 */
@Component
public class BriefRenderer {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final String LETTERTYPE = "DejaVu Sans";

    private final TemplateEngine sjablonen = new TemplateEngine();
    private final byte[] gewoon = lees("brieven/fonts/DejaVuSans.ttf");
    private final byte[] vet = lees("brieven/fonts/DejaVuSans-Bold.ttf");
    private final byte[] kleurprofiel = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public BriefRenderer() {
        // openhtmltopdf writes to the console itself by default, past the app's log (and its JSON format).
        XRLog.setLoggerImpl(new Slf4jLogger());
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("brieven/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        sjablonen.setTemplateResolver(resolver);
    }

    public byte[] pdf(Brief brief) {
        var context = new Context(NEDERLANDS, waarden((Record) brief));
        context.setVariable("titel", brief.soort().titel());
        String html = sjablonen.process(brief.soort().sjabloon(), context);
        var uit = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(kleurprofiel);
        builder.useFont(() -> new ByteArrayInputStream(gewoon), LETTERTYPE, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(vet), LETTERTYPE, 700, FontStyle.NORMAL, true);
        builder.withProducer("jeugdhulp-toegang");
        builder.withHtmlContent(html, null);
        builder.toStream(uit);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** The template's variables: the letter's values by name, those of its parts by their own names. */
    private static Map<String, Object> waarden(Record brief) {
        Map<String, Object> waarden = new HashMap<>();
        for (RecordComponent component : brief.getClass().getRecordComponents()) {
            Object waarde;
            try {
                waarde = component.getAccessor().invoke(brief);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Brief " + brief.getClass().getSimpleName() + " is niet te lezen", e);
            }
            if (waarde instanceof Brief.Deel deel) {
                waarden.putAll(waarden((Record) deel));
            } else {
                waarden.put(component.getName(), waarde);
            }
        }
        return waarden;
    }

    private static byte[] lees(String pad) {
        try (InputStream in = BriefRenderer.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt op het classpath: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
