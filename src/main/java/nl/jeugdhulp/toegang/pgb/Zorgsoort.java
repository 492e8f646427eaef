package nl.jeugdhulp.toegang.pgb;

/**
 * The kinds of care a PGB pays for, as Stadskanaal's rate table lists them (004 bijlage 1). The unit is the one
 * that table prices the care in; it also applies where a gemeente has set no PGB rate and the budget follows the
 * cost of care in kind (004 art 10.4, 002 §6.6), so the consulent enters that cost per the same unit.
 */
public enum Zorgsoort {
    BEGELEIDING_INDIVIDUEEL("begeleiding individueel", Tariefeenheid.UUR),
    BEGELEIDING_GROEP("begeleiding groep zonder vervoer", Tariefeenheid.DAGDEEL),
    BEGELEIDING_GROEP_MET_VERVOER("begeleiding groep met vervoer", Tariefeenheid.DAGDEEL),
    PERSOONLIJKE_VERZORGING("persoonlijke verzorging", Tariefeenheid.UUR),
    KORTDUREND_VERBLIJF("kortdurend verblijf", Tariefeenheid.DAG);

    private final String omschrijving;
    private final Tariefeenheid gebruikelijkeEenheid;

    Zorgsoort(String omschrijving, Tariefeenheid gebruikelijkeEenheid) {
        this.omschrijving = omschrijving;
        this.gebruikelijkeEenheid = gebruikelijkeEenheid;
    }

    /** How a letter names it: "begeleiding groep met vervoer". */
    public String omschrijving() {
        return omschrijving;
    }

    public Tariefeenheid gebruikelijkeEenheid() {
        return gebruikelijkeEenheid;
    }
}
