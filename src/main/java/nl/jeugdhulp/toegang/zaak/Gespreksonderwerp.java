package nl.jeugdhulp.toegang.zaak;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;

/**
 * What the gesprek looks into "voor zover nodig" (Stadskanaal 004 art 5.1 a-i). The gesprek form has a
 * checkbox per topic; its key is the topic's variable. The verslag form has a text
 * field per topic for its outcome.
 */
public enum Gespreksonderwerp {
    /** a: needs, characteristics, preferences, safety, development, family situation and the help question. */
    SITUATIE_EN_HULPVRAAG("besprokenSituatieEnHulpvraag", "uitkomstSituatieEnHulpvraag", "De situatie en de hulpvraag"),
    /** b: the result the family wants. */
    GEWENST_RESULTAAT("besprokenGewenstResultaat", "uitkomstGewenstResultaat", "Wat u wilt bereiken"),
    /** c: what the family can solve itself or with people around it. */
    EIGEN_KRACHT("besprokenEigenKracht", "uitkomstEigenKracht", "Wat u zelf of met mensen om u heen kunt doen"),
    /** d: another provision that could be used. */
    ANDERE_VOORZIENING("besprokenAndereVoorziening", "uitkomstAndereVoorziening", "Hulp via een andere regeling"),
    /** e: help through a collective basic provision or information and advice. */
    ALGEMENE_VOORZIENING("besprokenAlgemeneVoorziening", "uitkomstAlgemeneVoorziening", "Vrij toegankelijke hulp, informatie en advies"),
    /** f: an individuele voorziening. */
    INDIVIDUELE_VOORZIENING("besprokenIndividueleVoorziening", "uitkomstIndividueleVoorziening", "Jeugdhulp van de gemeente"),
    /** g: how such a voorziening fits with care, school, social support, work and income. */
    AFSTEMMING("besprokenAfstemming", "uitkomstAfstemming", "Hoe de hulp past bij zorg, school, werk en inkomen"),
    /** h: religion, belief and cultural background of the child and parents. */
    LEVENSOVERTUIGING("besprokenLevensovertuiging", "uitkomstLevensovertuiging", "Geloof, levensovertuiging en achtergrond"),
    /** i: the choice for a PGB and what it means. */
    PGB("besprokenPgb", "uitkomstPgb", "Een persoonsgebonden budget");

    private final Variabele<Boolean> variabele;
    private final VrijeTekst uitkomst;
    private final String omschrijving;

    Gespreksonderwerp(String variabele, String uitkomst, String omschrijving) {
        this.variabele = Variabele.vlag(variabele);
        this.uitkomst = new VrijeTekst(Variabele.tekst(uitkomst), 4000);
        this.omschrijving = omschrijving;
    }

    public Variabele<Boolean> variabele() {
        return variabele;
    }

    /** The verslag's outcome for this topic, written in the verslag form (004 art 6.1). */
    public VrijeTekst uitkomst() {
        return uitkomst;
    }

    /** The topic as the verslag names it for the family. */
    public String omschrijving() {
        return omschrijving;
    }
}
