package nl.jeugdhulp.toegang.zaak;

/** Where a zaak stands in the statutory sequence; set by the process as it enters each step. */
public enum Fase {
    MELDING,
    CRISIS,
    DOORZENDEN,
    DOORGEZONDEN,
    VERWIJZING,
    GEDWONGEN_KADER,
    HULP_TOEGEWEZEN,
    VOORONDERZOEK,
    GESPREK,
    FAMILIEGROEPSPLAN,
    VERSLAG,
    ONDERTEKENING,
    AANVRAAG,
    BESLUITVORMING,
    VERDAGING,
    OPSCHORTING,
    BESCHIKKING_VERZONDEN,
    AFGEROND_ZONDER_VOORZIENING
}
