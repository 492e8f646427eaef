package nl.jeugdhulp.toegang.bezwaar;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;

/**
 * Every variable of {@code processes/bezwaar-behandelen.bpmn}, declared once. The process is about one
 * {@link Bezwaar}, found by its id; who objected and why stays in the dossier.
 */
public final class BezwaarVariabelen {

    public static final Variabele<Long> BEZWAAR_ID = Variabele.id("bezwaarId");
    /** Received within the bezwaartermijn (Awb 6:9); a late bezwaar asks for the judgement of Awb 6:11. */
    public static final Variabele<Boolean> BEZWAAR_TIJDIG = Variabele.vlag("bezwaarTijdig");
    /** An advisory committee hears the bezwaar (Awb 7:13): twelve weeks instead of six (Awb 7:10 lid 1). */
    public static final Variabele<Boolean> ADVIESCOMMISSIE = Variabele.vlag("adviescommissie");
    /** The last day of the beslistermijn, moved by a verdaging; for the forms and for Cockpit searches. */
    public static final Variabele<LocalDate> BESLISTERMIJN_UITERLIJK = Variabele.datum("beslistermijnUiterlijk");

    public static final Variabele<Boolean> ONTVANKELIJK = Variabele.vlag("ontvankelijk");
    /** Awb 6:11: a late bezwaar is still heard when the lateness cannot reasonably be held against the indiener. */
    public static final Variabele<Boolean> TERMIJNOVERSCHRIJDING_VERSCHOONBAAR = Variabele.vlag("termijnoverschrijdingVerschoonbaar");
    public static final Variabele<Boolean> VERDAGEN = Variabele.vlag("verdagen");
    /** The day the indiener was told in writing that the decision is postponed (Awb 7:10 lid 3). */
    public static final Variabele<LocalDate> VERDAGING_MEEGEDEELD = Variabele.datum("verdagingMeegedeeld");
    public static final Variabele<BeslissingOpBezwaar> BESLISSING = Variabele.keuze("beslissing", BeslissingOpBezwaar.class);
    /** Free text about the case: moved into the dossier when its step completes, never kept as a variable. */
    public static final Variabele<String> MOTIVERING = Variabele.tekst("motivering");
    /** A decision on a bezwaar rests on reasons the indiener can read (Awb 7:12 lid 1). */
    static final VrijeTekst MOTIVERING_TEKST = new VrijeTekst(MOTIVERING, 10_000);
    /** The team leader's statement on the escalation: the indiener has been told when the decision comes. */
    public static final Variabele<Boolean> INDIENER_GEINFORMEERD = Variabele.vlag("indienerGeinformeerd");

    private BezwaarVariabelen() {
    }
}
