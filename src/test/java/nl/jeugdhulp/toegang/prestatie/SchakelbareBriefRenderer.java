package nl.jeugdhulp.toegang.prestatie;

import java.nio.charset.StandardCharsets;

import nl.jeugdhulp.toegang.brief.Brief;
import nl.jeugdhulp.toegang.brief.BriefRenderer;

/**
 * The app's letter rendering, with a switch for the figures "letters excluded": switched off, a letter step still
 * fills the letter, stores a document and logs it, but the PDF is a few bytes instead of a laid-out PDF/A.
 * The benchmarks register it as the primary renderer.
 */
public final class SchakelbareBriefRenderer extends BriefRenderer {

    private static final byte[] LEGE_PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private volatile boolean aan = true;

    public void brievenMaken(boolean aan) {
        this.aan = aan;
    }

    @Override
    public byte[] pdf(Brief brief) {
        return aan ? super.pdf(brief) : LEGE_PDF;
    }
}
