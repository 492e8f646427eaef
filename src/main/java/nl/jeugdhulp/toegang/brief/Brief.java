package nl.jeugdhulp.toegang.brief;

import java.util.List;
import java.util.Map;

import nl.jeugdhulp.toegang.gemeente.GemeenteProperties.Briefhoofd;

/**
 * What one letter says, in Dutch form ("13 november 2026", "€ 1.290,00"): one record per kind of letter, so each
 * template's values are named and typed here. Its template ({@code brieven/<soort>.html}) prints the components by
 * name; the components of a {@link Deel} (the head every letter has, the grant of a beschikking) by their own names.
 */
public sealed interface Brief {

    Kop kop();

    Briefsoort soort();

    /** A group of values a template prints by their own names. */
    sealed interface Deel {
    }

    /** The head and address of every letter; {@code aan} and {@code aanhef} follow 004 art 6.5 (from 18 the jeugdige). */
    record Kop(String gemeente, Briefhoofd briefhoofd, String datum, String zaaknummer, String jeugdige, String aan,
               String aanhef, String ontvangen) implements Deel {
    }

    /** The receipt (004 art 3.2): the last days of the appointment and the gesprek, or that they have passed. */
    record Ontvangstbevestiging(Kop kop, boolean spoed, String afspraakUiterlijk, boolean afspraakVoorbij,
                                String gesprekUiterlijk, boolean gesprekVoorbij) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.ONTVANGSTBEVESTIGING;
        }
    }

    /** The invitation to the gesprek (004 art 4.2): day, time and place. */
    record UitnodigingGesprek(Kop kop, String gesprekDag, String gesprekTijd, String gesprekLocatie,
                              String familiegroepsplanTermijn) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.UITNODIGING_GESPREK;
        }
    }

    /** The verslag of the onderzoek (004 art 6); signed, it is the aanvraag (002 §2.4). */
    record Verslag(Kop kop, String gesprekDatum, Map<String, String> uitkomsten, String opmerkingenFamilie, String bsn,
                   String geboortedatum, String beslistermijn) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.VERSLAG;
        }
    }

    /** The notice that the decision comes later (Awb 4:14). */
    record Verdagingsbericht(Kop kop, String aanvraagDatum, String oorspronkelijk, String nieuw, String reden)
            implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.VERDAGINGSBERICHT;
        }
    }

    /** The request to complete the aanvraag (Awb 4:5), which suspends the beslistermijn (Awb 4:15 lid 1). */
    record VerzoekOmAanvulling(Kop kop, String aanvraagDatum, String ontbreekt, String aanvullenUiterlijk,
                               String beslistermijn) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.VERZOEK_OM_AANVULLING;
        }
    }

    /**
     * The beslistermijn stood still (Awb 4:15) from {@code van} up to and including {@code tot}: why, and the new last
     * day. After a request for aanvulling, {@code aangevuld} says whether it came, and when.
     */
    record Opschortingsbericht(Kop kop, String aanvraagDatum, String reden, String toelichting, boolean aanvulling,
                               String aangevuld, String aanvullenUiterlijk, String van, String tot, int dagen,
                               String nieuw) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.OPSCHORTINGSBERICHT;
        }
    }

    /**
     * The settled dwangsom (Awb 4:17, 4:18): the dates it follows from, its days and amount; with {@code uitzondering}
     * the reason of lid 6 that none is owed. It is a beschikking, so it has its bezwaartermijn.
     */
    record Dwangsombeschikking(Kop kop, String aanvraagDatum, String beslistermijn, String ingebrekestelling,
                               String eersteDwangsomdag, String beschikkingVerzonden, int dagen, String bedrag,
                               String uitzondering, String bezwaarUiterlijk) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.BESCHIKKING_DWANGSOM;
        }
    }

    /** A beschikking: a refusal without {@code toekenning}, a grant in kind or as a PGB with it. */
    record Beschikking(Briefsoort soort, Kop kop, String aanvraagDatum, List<Reden> redenen, String bezwaarUiterlijk,
                       Toekenning toekenning) implements Brief {
    }

    /** What a grant gives (004 art 9.2, 9.3 c); the PGB values only for a PGB. */
    record Toekenning(String voorziening, String beoogdResultaat, String samenhangendeVoorzieningen, String ingangsdatum,
                      String einddatum, String duur, String aanbieder, String pgbBedrag, String pgbBerekening)
            implements Deel {
    }

    /** A reason of the decision: the rule's own motivering and its source (Awb 3:46). */
    record Reden(String tekst, String regel) {
    }

    /** The melding sent on to the gemeente of the gezag (002 §2.1). */
    record Doorzendbericht(Kop kop, String doorgezondenAan, String doorgezondenOp) implements Brief {

        @Override
        public Briefsoort soort() {
            return Briefsoort.DOORZENDBERICHT;
        }
    }
}
