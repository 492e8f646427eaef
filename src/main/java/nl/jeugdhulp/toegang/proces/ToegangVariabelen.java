package nl.jeugdhulp.toegang.proces;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.jeugdhulp.toegang.beschikking.Voorzieningsvorm;
import nl.jeugdhulp.toegang.brief.Briefsoort;
import nl.jeugdhulp.toegang.pgb.Zorgsoort;
import nl.jeugdhulp.toegang.spoed.TijdelijkeMaatregel;
import nl.jeugdhulp.toegang.zaak.Route;
import nl.jeugdhulp.toegang.verslag.Verslagoordeel;

/**
 * Every variable of {@code processes/jeugdhulp-toegang.bpmn}, declared once. Variables carry ids, dates,
 * choices and flags; BSN and free text belong in the dossier (the zaak tables). The one exception is the
 * task-local header of a form (the child's name and age), which lives as long as its task and never in history.
 */
public final class ToegangVariabelen {

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
    /** Who recorded the beschikking: the four-eyes approval must come from someone else (001 §4). */
    public static final Variabele<String> OPGESTELD_DOOR = Variabele.tekst("opgesteldDoor");

    /** Output of processes/toegangsroute.dmn. */
    public static final Variabele<Route> ROUTE = Variabele.keuze("route", Route.class);

    /**
     * A consulent's or team leader's reason for a decision (a waiver, a measure, a verdaging, a refusal): free
     * text, so it moves into the dossier's beslissing when the step completes and never stays a variable.
     */
    public static final Variabele<String> TOELICHTING = Variabele.tekst("toelichting");

    /** Spoed (004 art 3.3): the temporary measure taken. */
    public static final Variabele<TijdelijkeMaatregel> TIJDELIJKE_MAATREGEL = Variabele.keuze("tijdelijkeMaatregel", TijdelijkeMaatregel.class);
    /** Woonplaatsbeginsel (002 §2.1): the consulent confirms the forwarding, and to which gemeente. */
    public static final Variabele<Boolean> DOORZENDEN = Variabele.vlag("doorzenden");
    public static final Variabele<String> DOORZENDEN_AAN = Variabele.tekst("doorzendenAan");
    /** Gedwongen kader and verwijzing: the day the help starts or the family was contacted. */
    public static final Variabele<LocalDate> INGANGSDATUM = Variabele.datum("ingangsdatum");
    public static final Variabele<LocalDate> EINDDATUM = Variabele.datum("einddatum");
    public static final Variabele<LocalDate> CONTACT_DATUM = Variabele.datum("contactDatum");

    /** Waivers agreed with the family: vooronderzoek (004 art 4.3) and gesprek (004 art 5.4). */
    public static final Variabele<Boolean> VOORONDERZOEK_AFGEZIEN = Variabele.vlag("vooronderzoekAfgezien");
    public static final Variabele<Boolean> GESPREK_AFGEZIEN = Variabele.vlag("gesprekAfgezien");
    /** The family was invited otherwise (by telephone): no uitnodiging by letter, and the appointment may have passed. */
    public static final Variabele<Boolean> ANDERS_UITGENODIGD = Variabele.vlag("andersUitgenodigd");

    /** Inputs of processes/instemming.dmn (004 art 6.4-6.6), set from the dossier when the aanvraag is judged. */
    public static final Variabele<Integer> LEEFTIJD = Variabele.getal("leeftijd");
    public static final Variabele<Boolean> VOORTZETTING = Variabele.vlag("voortzetting");
    /** Input of processes/afweging.dmn (004 art 8.2), from the melding. */
    public static final Variabele<Boolean> VERWIJZING_DOOR_ARTS = Variabele.vlag("verwijzingDoorArts");
    /** What the consulent establishes for processes/instemming.dmn (004 art 6.4-6.6). */
    public static final Variabele<Boolean> WILSBEKWAAM = Variabele.vlag("wilsbekwaam");
    public static final Variabele<Boolean> JEUGDIGE_STEMT_IN = Variabele.vlag("jeugdigeStemtIn");
    public static final Variabele<Boolean> VERTEGENWOORDIGER_STEMT_IN = Variabele.vlag("vertegenwoordigerStemtIn");
    public static final Variabele<Boolean> ERNSTIG_NADEEL_DREIGT = Variabele.vlag("ernstigNadeelDreigt");
    public static final Variabele<Boolean> JEUGDIGE_BLIJFT_WENSEN = Variabele.vlag("jeugdigeBlijftWensen");
    public static final Variabele<String> INSTEMMING_VAN = Variabele.tekst("instemmingVan");
    /** What the consulent establishes for processes/afweging.dmn (004 art 8; 002 §3). */
    public static final Variabele<Boolean> GEBRUIKELIJKE_ZORG = Variabele.vlag("gebruikelijkeZorg");
    public static final Variabele<Boolean> EIGEN_KRACHT_VOLDOENDE = Variabele.vlag("eigenKrachtVoldoende");
    public static final Variabele<Boolean> ALGEMENE_VOORZIENING_VOLDOENDE = Variabele.vlag("algemeneVoorzieningVoldoende");
    public static final Variabele<Boolean> ANDERE_VOORZIENING_VOLDOENDE = Variabele.vlag("andereVoorzieningVoldoende");
    /** What the consulent establishes for processes/pgb-toets.dmn (002 §6.1-6.5; 004 art 11). */
    public static final Variabele<Boolean> KINDERBESCHERMINGSMAATREGEL = Variabele.vlag("kinderbeschermingsmaatregel");
    public static final Variabele<Boolean> JEUGDRECLASSERING = Variabele.vlag("jeugdreclassering");
    public static final Variabele<Boolean> GESLOTEN_ACCOMMODATIE = Variabele.vlag("geslotenAccommodatie");
    public static final Variabele<Boolean> ONJUISTE_GEGEVENS = Variabele.vlag("onjuisteGegevens");
    public static final Variabele<Boolean> EERDER_NIET_BESTEED_OF_MISBRUIKT = Variabele.vlag("eerderNietBesteedOfMisbruikt");
    public static final Variabele<Boolean> EERDER_FRAUDE = Variabele.vlag("eerderFraude");
    public static final Variabele<Boolean> VERSLAVINGSPROBLEMATIEK = Variabele.vlag("verslavingsproblematiek");
    public static final Variabele<Boolean> SCHULDENPROBLEMATIEK = Variabele.vlag("schuldenproblematiek");
    public static final Variabele<Boolean> BEHEERBAAR = Variabele.vlag("beheerbaar");
    public static final Variabele<Boolean> MOTIVATIE_ZIN_PAST_NIET = Variabele.vlag("motivatieZinPastNiet");
    public static final Variabele<Boolean> KWALITEIT_GEWAARBORGD = Variabele.vlag("kwaliteitGewaarborgd");
    public static final Variabele<Boolean> PGB_PLAN_COMPLEET = Variabele.vlag("pgbPlanCompleet");
    public static final Variabele<Boolean> ZWARE_BEPERKING = Variabele.vlag("zwareBeperking");
    public static final Variabele<Boolean> NODIG_VOOR_FUNCTIONEREN_IN_GEZIN = Variabele.vlag("nodigVoorFunctionerenInGezin");
    public static final Variabele<Boolean> HELPER_OUDER_DAN_21 = Variabele.vlag("helperOuderDan21");
    public static final Variabele<Boolean> GEEN_OVERBELASTING = Variabele.vlag("geenOverbelasting");
    public static final Variabele<Boolean> VOG_ZONDER_BEZWAAR = Variabele.vlag("vogZonderBezwaar");
    public static final Variabele<Boolean> NOODZAAK_NETWERK = Variabele.vlag("noodzaakNetwerk");

    /** Outputs of the rules that route the besluitvorming. */
    public static final Variabele<Boolean> AANVRAAG_IN_BEHANDELING = Variabele.vlag("aanvraagInBehandeling");
    public static final Variabele<Boolean> INDIVIDUELE_VOORZIENING = Variabele.vlag("individueleVoorziening");
    public static final Variabele<Boolean> PGB_TOEGESTAAN = Variabele.vlag("pgbToegestaan");
    public static final Variabele<Boolean> TEAMLEIDER_AKKOORD_NODIG = Variabele.vlag("teamleiderAkkoordNodig");

    /** The decision as recorded: a toekenning or not, how long, and the PGB amount the vier-ogen rule weighs. */
    public static final Variabele<Boolean> TOEKENNING = Variabele.vlag("toekenning");
    public static final Variabele<Integer> DUUR_MAANDEN = Variabele.getal("duurMaanden");
    public static final Variabele<Double> PGB_BEDRAG_EURO = Variabele.bedrag("pgbBedragEuro");
    /** What a PGB buys and how much of it, for processes/pgb-tarief.dmn and PgbBerekening (004 art 10, bijlage 1). */
    public static final Variabele<Zorgsoort> ZORGSOORT = Variabele.keuze("zorgsoort", Zorgsoort.class);
    public static final Variabele<Boolean> SOCIAAL_NETWERK = Variabele.vlag("sociaalNetwerk");
    public static final Variabele<BigDecimal> PGB_AANTAL = Variabele.decimaal("pgbAantal");
    public static final Variabele<LocalDate> AANKOMST = Variabele.datum("aankomst");
    public static final Variabele<LocalDate> VERTREK = Variabele.datum("vertrek");
    public static final Variabele<BigDecimal> AFGESPROKEN_TARIEF = Variabele.decimaal("afgesprokenTarief");
    public static final Variabele<BigDecimal> ZIN_TARIEF = Variabele.decimaal("zinTarief");

    /** Four-eyes (001 §4): the team leader's verdict. */
    public static final Variabele<Boolean> GOEDGEKEURD = Variabele.vlag("goedgekeurd");

    /** Verdaging (Awb 4:14): asked when judging the aanvraag, allowed once. */
    public static final Variabele<Boolean> VERDAGEN = Variabele.vlag("verdagen");
    public static final Variabele<Boolean> VERDAAGD = Variabele.vlag("verdaagd");

    /** The consulent who keeps the case ("één gezin, één plan, één regisseur", Dalfsen 001). */
    public static final Variabele<String> REGISSEUR = Variabele.tekst("regisseur");

    public static final Variabele<LocalDate> GESPREK_GEPLAND = Variabele.datum("gesprekGepland");
    /** The time and place for the invitation; the place may be the family's home, so it is free text. */
    public static final Variabele<String> GESPREK_TIJD = Variabele.tekst("gesprekTijd");
    public static final Variabele<String> GESPREK_LOCATIE = Variabele.tekst("gesprekLocatie");
    public static final Variabele<LocalDate> GESPREK_DATUM = Variabele.datum("gesprekDatum");
    /** The family was told how the gesprek goes, their rights and duties and what follows (004 art 5.3). */
    public static final Variabele<Boolean> GEINFORMEERD = Variabele.vlag("geinformeerd");
    public static final Variabele<Boolean> TOESTEMMING_GEGEVENSVERWERKING = Variabele.vlag("toestemmingGegevensverwerking");
    public static final Variabele<Boolean> FAMILIEGROEPSPLAN_GEWENST = Variabele.vlag("familiegroepsplanGewenst");
    public static final Variabele<Boolean> VERSLAG_GEWENST = Variabele.vlag("verslagGewenst");

    public static final Variabele<Verslagoordeel> VERSLAG_OORDEEL = Variabele.keuze("verslagOordeel", Verslagoordeel.class);
    /** Free text from the family: moved into the dossier when the step completes, never kept as a variable. */
    public static final Variabele<String> VERSLAG_OPMERKINGEN = Variabele.tekst("verslagOpmerkingen");
    /** What the family said about the onderzoek, written into the verslag itself (004 art 6.3). */
    public static final Variabele<String> OPMERKINGEN_FAMILIE = Variabele.tekst("opmerkingenFamilie");

    /** No aanvraag means the case ends without an individuele voorziening; an aanvraag always gets a beschikking. */
    public static final Variabele<Boolean> AANVRAAG_INGEDIEND = Variabele.vlag("aanvraagIngediend");
    public static final Variabele<LocalDate> AANVRAAG_DATUM = Variabele.datum("aanvraagDatum");
    public static final Variabele<Voorzieningsvorm> VORM = Variabele.keuze("vorm", Voorzieningsvorm.class);
    /** What the beschikking grants and why (004 art 9.2), free text for the letter and the dossier. */
    public static final Variabele<String> VOORZIENING = Variabele.tekst("voorziening");
    public static final Variabele<String> BEOOGD_RESULTAAT = Variabele.tekst("beoogdResultaat");
    public static final Variabele<String> SAMENHANGENDE_VOORZIENINGEN = Variabele.tekst("samenhangendeVoorzieningen");

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
    /** The letters of the zaak so far, as markdown links for the form's header. */
    public static final Variabele<String> DOCUMENTEN = Variabele.tekst("documenten");
    /** Input parameter of a "Brief versturen" step: which letter it sends. */
    public static final Variabele<Briefsoort> BRIEF = Variabele.keuze("brief", Briefsoort.class);

    private ToegangVariabelen() {
    }
}
