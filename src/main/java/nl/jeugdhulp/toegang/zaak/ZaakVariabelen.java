package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;

/**
 * The variables about the zaak as a whole that more than one step reads: where it comes from, its route, its
 * regisseur, the choices the aanvraag and the beschikking share, and the free-text reason of any decision.
 */
public final class ZaakVariabelen {

    public static final Variabele<String> GEMEENTE = Variabele.tekst("gemeente");
    public static final Variabele<LocalDate> ONTVANGEN = Variabele.datum("ontvangen");

    /** What the melding says about its route; processes/toegangsroute.dmn decides the route from these. */
    public static final Variabele<Boolean> SPOED = Variabele.vlag("spoed");
    public static final Variabele<Boolean> GEZAG_ELDERS = Variabele.vlag("gezagElders");
    public static final Variabele<Boolean> VERWIJZING = Variabele.vlag("verwijzing");
    public static final Variabele<Boolean> AANBIEDER_GECONTRACTEERD = Variabele.vlag("aanbiederGecontracteerd");
    public static final Variabele<Boolean> GEDWONGEN_KADER = Variabele.vlag("gedwongenKader");

    /** After the crisis steps the route rule decides again, without the crisis. */
    public static final Variabele<Boolean> CRISIS_AFGEHANDELD = Variabele.vlag("crisisAfgehandeld");

    /** Output of processes/toegangsroute.dmn. */
    public static final Variabele<Route> ROUTE = Variabele.keuze("route", Route.class);

    /**
     * A consulent's or team leader's reason for a decision (a waiver, a measure, a verdaging, a refusal): free
     * text, so it moves into the dossier's beslissing when the step completes and never stays a variable.
     */
    public static final Variabele<String> TOELICHTING = Variabele.tekst("toelichting");

    /** The looptijd of the help: of a beschikking (up to and including the einddatum), or its start in a gedwongen kader. */
    public static final Variabele<LocalDate> INGANGSDATUM = Variabele.datum("ingangsdatum");
    public static final Variabele<LocalDate> EINDDATUM = Variabele.datum("einddatum");

    /** Verdaging (Awb 4:14): asked when judging the aanvraag, allowed once. */
    public static final Variabele<Boolean> VERDAGEN = Variabele.vlag("verdagen");
    public static final Variabele<Boolean> VERDAAGD = Variabele.vlag("verdaagd");

    /** Opschorting (Awb 4:15): asked when judging the aanvraag, instead of a verdaging. */
    public static final Variabele<Boolean> OPSCHORTEN = Variabele.vlag("opschorten");

    /** The consulent who keeps the case ("één gezin, één plan, één regisseur", Dalfsen 001). */
    public static final Variabele<String> REGISSEUR = Variabele.tekst("regisseur");

    /** The form the aanvraag asks for and the beschikking grants: zorg in natura or a PGB. */
    public static final Variabele<Voorzieningsvorm> VORM = Variabele.keuze("vorm", Voorzieningsvorm.class);

    /** A consulent's or team leader's reason; fits the beslissing's motivering with the rule's source added. */
    public static final VrijeTekst TOELICHTING_TEKST = new VrijeTekst(TOELICHTING, 2000);

    private ZaakVariabelen() {
    }
}
