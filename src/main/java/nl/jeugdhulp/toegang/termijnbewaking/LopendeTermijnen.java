package nl.jeugdhulp.toegang.termijnbewaking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import nl.jeugdhulp.toegang.zaak.Termijnsoort;
import nl.jeugdhulp.toegang.zaak.Zaak;

/**
 * The termijnen still to be met in the open dossiers of these gemeenten (one query for the zaken, one for bezwaren),
 * the dwangsommen not yet settled, and the termijnen done, for the doorlooptijden.
 */
interface LopendeTermijnen extends Repository<Zaak, Long> {

    @Query("""
            select new nl.jeugdhulp.toegang.termijnbewaking.LopendeTermijn(z.zaaknummer, z.gemeente, z.procesInstantieId,
                z.jeugdige.voornamen, z.jeugdige.achternaam, t.soort, t.termijn.uiterlijk, t.uiterlijkOm, t.termijn.status)
            from Zaak z join z.termijnen t
            where z.gemeente in :gemeenten and z.afgesloten is null and t.soort in :soorten and t.afgerond is null
                and t.termijn.status in (nl.jeugdhulp.toegang.zaak.TermijnStatus.LOPEND,
                                         nl.jeugdhulp.toegang.zaak.TermijnStatus.OVERSCHREDEN)""")
    List<LopendeTermijn> vanZaken(Collection<String> gemeenten, Collection<Termijnsoort> soorten);

    /** A bezwaar's beslistermijn is met or overrun for good once the beslissing op bezwaar is sent. */
    @Query("""
            select new nl.jeugdhulp.toegang.termijnbewaking.LopendeTermijn(z.zaaknummer, z.gemeente, b.procesInstantieId,
                z.jeugdige.voornamen, z.jeugdige.achternaam, b.beslistermijn.uiterlijk, b.beslistermijn.status)
            from nl.jeugdhulp.toegang.bezwaar.Bezwaar b, Zaak z
            where z.id = b.zaakId and z.gemeente in :gemeenten and b.beslissingVerzonden is null
                and b.beslistermijn.status in (nl.jeugdhulp.toegang.zaak.TermijnStatus.LOPEND,
                                               nl.jeugdhulp.toegang.zaak.TermijnStatus.OVERSCHREDEN)""")
    List<LopendeTermijn> vanBezwaren(Collection<String> gemeenten);

    /**
     * The ingebrekestellingen whose dwangsom runs or is still to be settled: the beschikking is still to come, or it
     * came after the first dwangsom day (a beschikking on that day or before owes none).
     */
    @Query("""
            select new nl.jeugdhulp.toegang.termijnbewaking.OpenIngebrekestelling(z.zaaknummer, z.gemeente, z.procesInstantieId,
                z.jeugdige.voornamen, z.jeugdige.achternaam, z.ingebrekestelling.ontvangen,
                z.ingebrekestelling.eersteDwangsomdag, z.beschikking.verzonden)
            from Zaak z
            where z.gemeente in :gemeenten and z.ingebrekestelling.ontvangen is not null
                and z.ingebrekestelling.vastgesteld is null
                and (z.beschikking.verzonden is null or z.beschikking.verzonden > z.ingebrekestelling.eersteDwangsomdag)""")
    List<OpenIngebrekestelling> ingebrekestellingen(Collection<String> gemeenten);

    /** The termijnen of these soorten whose step was done on or after {@code vanaf}, with their zaak's dates. */
    @Query("""
            select new nl.jeugdhulp.toegang.termijnbewaking.AfgerondeTermijn(z.id, z.gemeente, z.ontvangen, z.aanvraag.datum,
                t.soort, t.afgerond, t.termijn.status)
            from Zaak z join z.termijnen t
            where z.gemeente in :gemeenten and t.soort in :soorten and t.afgerond >= :vanaf""")
    List<AfgerondeTermijn> afgerond(Collection<String> gemeenten, Collection<Termijnsoort> soorten, LocalDate vanaf);
}
