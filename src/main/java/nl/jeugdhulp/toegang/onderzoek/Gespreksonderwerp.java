package nl.jeugdhulp.toegang.onderzoek;

import nl.jeugdhulp.toegang.proces.Variabele;

/**
 * What the gesprek looks into "voor zover nodig" (Stadskanaal 004 art 5.1 a-i). The gesprek form has a
 * checkbox per topic; its key is the topic's variable.
 */
public enum Gespreksonderwerp {
    /** a: needs, characteristics, preferences, safety, development, family situation and the help question. */
    SITUATIE_EN_HULPVRAAG("besprokenSituatieEnHulpvraag"),
    /** b: the result the family wants. */
    GEWENST_RESULTAAT("besprokenGewenstResultaat"),
    /** c: what the family can solve itself or with people around it. */
    EIGEN_KRACHT("besprokenEigenKracht"),
    /** d: another provision that could be used. */
    ANDERE_VOORZIENING("besprokenAndereVoorziening"),
    /** e: help through a collective basic provision or information and advice. */
    ALGEMENE_VOORZIENING("besprokenAlgemeneVoorziening"),
    /** f: an individuele voorziening. */
    INDIVIDUELE_VOORZIENING("besprokenIndividueleVoorziening"),
    /** g: how such a voorziening fits with care, school, social support, work and income. */
    AFSTEMMING("besprokenAfstemming"),
    /** h: religion, belief and cultural background of the child and parents. */
    LEVENSOVERTUIGING("besprokenLevensovertuiging"),
    /** i: the choice for a PGB and what it means. */
    PGB("besprokenPgb");

    private final Variabele<Boolean> variabele;

    Gespreksonderwerp(String variabele) {
        this.variabele = Variabele.vlag(variabele);
    }

    public Variabele<Boolean> variabele() {
        return variabele;
    }
}
