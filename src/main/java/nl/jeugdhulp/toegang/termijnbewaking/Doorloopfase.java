package nl.jeugdhulp.toegang.termijnbewaking;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;

/**
 * The phases of the statutory sequence whose doorlooptijd a team leader follows (001 §5): each from the day its
 * step before ended to the day its own step ended, and the termijn that says whether it ended in time (none between
 * verslag and aanvraag: the family decides when it asks).
 */
public enum Doorloopfase {
    MELDING_GESPREK("melding → gesprek", Termijnsoort.GESPREK),
    GESPREK_VERSLAG("gesprek → verslag", Termijnsoort.VERSLAG),
    VERSLAG_AANVRAAG("verslag → aanvraag", null),
    AANVRAAG_BESCHIKKING("aanvraag → beschikking", Termijnsoort.BESCHIKKING);

    private final String omschrijving;
    private final Termijnsoort termijn;

    Doorloopfase(String omschrijving, Termijnsoort termijn) {
        this.omschrijving = omschrijving;
        this.termijn = termijn;
    }

    public String omschrijving() {
        return omschrijving;
    }

    Termijnsoort termijn() {
        return termijn;
    }
}
