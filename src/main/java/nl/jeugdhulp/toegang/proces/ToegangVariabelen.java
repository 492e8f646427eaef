package nl.jeugdhulp.toegang.proces;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.beschikking.Voorzieningsvorm;
import nl.jeugdhulp.toegang.verslag.Verslagoordeel;

/**
 * Every variable of {@code processes/jeugdhulp-toegang.bpmn}, declared once. Variables carry ids, dates,
 * choices and flags; BSN and free text belong in the dossier (the zaak tables). The one exception is the
 * task-local header of a form (the child's name and age), which lives as long as its task and never in history.
 */
public final class ToegangVariabelen {

    public static final Variabele<String> GEMEENTE = Variabele.tekst("gemeente");
    public static final Variabele<LocalDate> ONTVANGEN = Variabele.datum("ontvangen");
    /** The consulent who keeps the case ("één gezin, één plan, één regisseur", Dalfsen 001). */
    public static final Variabele<String> REGISSEUR = Variabele.tekst("regisseur");

    public static final Variabele<LocalDate> GESPREK_GEPLAND = Variabele.datum("gesprekGepland");
    public static final Variabele<LocalDate> GESPREK_DATUM = Variabele.datum("gesprekDatum");
    /** The family was told how the gesprek goes, their rights and duties and what follows (004 art 5.3). */
    public static final Variabele<Boolean> GEINFORMEERD = Variabele.vlag("geinformeerd");
    public static final Variabele<Boolean> TOESTEMMING_GEGEVENSVERWERKING = Variabele.vlag("toestemmingGegevensverwerking");
    public static final Variabele<Boolean> FAMILIEGROEPSPLAN_GEWENST = Variabele.vlag("familiegroepsplanGewenst");
    public static final Variabele<Boolean> VERSLAG_GEWENST = Variabele.vlag("verslagGewenst");

    public static final Variabele<Verslagoordeel> VERSLAG_OORDEEL = Variabele.keuze("verslagOordeel", Verslagoordeel.class);
    /** Free text from the family: moved into the dossier when the step completes, never kept as a variable. */
    public static final Variabele<String> VERSLAG_OPMERKINGEN = Variabele.tekst("verslagOpmerkingen");

    /** No aanvraag means the case ends without an individuele voorziening; an aanvraag always gets a beschikking. */
    public static final Variabele<Boolean> AANVRAAG_INGEDIEND = Variabele.vlag("aanvraagIngediend");
    public static final Variabele<LocalDate> AANVRAAG_DATUM = Variabele.datum("aanvraagDatum");
    public static final Variabele<Boolean> INDIVIDUELE_VOORZIENING_NODIG = Variabele.vlag("individueleVoorzieningNodig");
    public static final Variabele<Voorzieningsvorm> VORM = Variabele.keuze("vorm", Voorzieningsvorm.class);

    /** Set by the escalation; Cockpit filters on these. */
    public static final Variabele<Boolean> TERMIJN_OVERSCHREDEN = Variabele.vlag("termijnOverschreden");
    public static final Variabele<String> OVERSCHREDEN_TERMIJNEN = Variabele.tekst("overschredenTermijnen");
    /**
     * Confirmations a form asks before a step can be completed (the verslag was given, the beschikking was
     * checked, the team leader spoke with the regisseur): kept in the history as the user's statement.
     */
    public static final Variabele<Boolean> VERSLAG_VERSTREKT = Variabele.vlag("verslagVerstrekt");
    public static final Variabele<Boolean> BESCHIKKING_GECONTROLEERD = Variabele.vlag("beschikkingGecontroleerd");
    public static final Variabele<Boolean> BESPROKEN_MET_REGISSEUR = Variabele.vlag("besprokenMetRegisseur");

    /** Set every morning by TermijnSignalering; Cockpit searches on these to find cases at risk. */
    public static final Variabele<Boolean> TERMIJN_IN_GEVAAR = Variabele.vlag("termijnInGevaar");
    public static final Variabele<LocalDate> EERSTVOLGENDE_TERMIJN = Variabele.datum("eerstvolgendeTermijn");
    /** The escalation code of the caught escalation: the termijnsoort that ran out. */
    public static final Variabele<String> TERMIJNSOORT = Variabele.tekst("termijnsoort");
    /** Local to the escalation: false when the termijn was already closed (met, or no longer applicable). */
    public static final Variabele<Boolean> ESCALEREN = Variabele.vlag("escaleren");

    /** Task-local, for the form's header in Tasklist: shown while the task is open, never kept in the history. */
    public static final Variabele<String> ZAAKNUMMER = Variabele.tekst("zaaknummer");
    public static final Variabele<String> JEUGDIGE = Variabele.tekst("jeugdige");
    public static final Variabele<String> TERMIJNEN_OVERZICHT = Variabele.tekst("termijnenOverzicht");

    private ToegangVariabelen() {
    }
}
