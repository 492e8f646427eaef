package nl.jeugdhulp.toegang.beschikking;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;
import nl.jeugdhulp.toegang.zaak.Opschortingsreden;

/**
 * The variables of the beschikking: what it grants, for how long, the four-eyes approval (001 §4), and a suspension
 * of its term (Awb 4:15).
 */
public final class BeschikkingVariabelen {

    /** Who recorded the beschikking: the four-eyes approval must come from someone else (001 §4). */
    public static final Variabele<String> OPGESTELD_DOOR = Variabele.tekst("opgesteldDoor");

    /** The decision as recorded: a toekenning or not, and for how many months (the vier-ogen rule weighs both). */
    public static final Variabele<Boolean> TOEKENNING = Variabele.vlag("toekenning");
    public static final Variabele<Integer> DUUR_MAANDEN = Variabele.getal("duurMaanden");

    /** Four-eyes (001 §4): the team leader's verdict. */
    public static final Variabele<Boolean> GOEDGEKEURD = Variabele.vlag("goedgekeurd");

    /** What the beschikking grants and why (004 art 9.2), free text for the letter and the dossier. */
    public static final Variabele<String> VOORZIENING = Variabele.tekst("voorziening");
    public static final Variabele<String> BEOOGD_RESULTAAT = Variabele.tekst("beoogdResultaat");
    public static final Variabele<String> SAMENHANGENDE_VOORZIENINGEN = Variabele.tekst("samenhangendeVoorzieningen");

    /**
     * Confirmations the forms ask before the step completes (the beschikking was checked, the team leader spoke
     * with the regisseur): kept in the history as the user's statement.
     */
    public static final Variabele<Boolean> BESCHIKKING_GECONTROLEERD = Variabele.vlag("beschikkingGecontroleerd");
    public static final Variabele<Boolean> BESPROKEN_MET_REGISSEUR = Variabele.vlag("besprokenMetRegisseur");

    /**
     * Opschorting (Awb 4:15): why the beslistermijn stops, and when. A request for aanvulling has the date the family
     * must answer by, then the day the aanvulling came; the other reasons have their period, up to and including
     * {@code opgeschortTot}.
     */
    public static final Variabele<Opschortingsreden> OPSCHORTINGSREDEN = Variabele.keuze("opschortingsreden", Opschortingsreden.class);
    public static final Variabele<LocalDate> AANVULLEN_UITERLIJK = Variabele.datum("aanvullenUiterlijk");
    public static final Variabele<LocalDate> AANGEVULD_OP = Variabele.datum("aangevuldOp");
    public static final Variabele<LocalDate> OPGESCHORT_VAN = Variabele.datum("opgeschortVan");
    public static final Variabele<LocalDate> OPGESCHORT_TOT = Variabele.datum("opgeschortTot");

    public static final VrijeTekst VOORZIENING_TEKST = new VrijeTekst(VOORZIENING, 200);
    public static final VrijeTekst BEOOGD_RESULTAAT_TEKST = new VrijeTekst(BEOOGD_RESULTAAT, 2000);
    public static final VrijeTekst SAMENHANGENDE_VOORZIENINGEN_TEKST = new VrijeTekst(SAMENHANGENDE_VOORZIENINGEN, 2000);

    private BeschikkingVariabelen() {
    }
}
