package nl.jeugdhulp.toegang.aanvraag;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * The variables of the aanvraag: its date, and what the consulent establishes for the decision tables.
 */
public final class AanvraagVariabelen {

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

    /** No aanvraag means the case ends without an individuele voorziening; an aanvraag always gets a beschikking. */
    public static final Variabele<Boolean> AANVRAAG_INGEDIEND = Variabele.vlag("aanvraagIngediend");
    public static final Variabele<LocalDate> AANVRAAG_DATUM = Variabele.datum("aanvraagDatum");

    private AanvraagVariabelen() {
    }
}
