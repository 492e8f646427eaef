package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ZaakRepository extends JpaRepository<Zaak, Long> {

    Optional<Zaak> findByZaaknummer(String zaaknummer);

    List<Zaak> findByAfgeslotenBefore(LocalDate dag);

    @Query("select z.zaaknummer from Zaak z where z.afgesloten is null")
    List<String> openZaaknummers();

    @Query("select z.zaaknummer from Zaak z where z.afgesloten is not null and z.zaaknummer in :zaaknummers")
    List<String> afgeslotenZaaknummers(Collection<String> zaaknummers);

    /** Closes these zaken on {@code dag}, or opens them again when it is {@code null}. */
    @Modifying
    @Query("update Zaak z set z.afgesloten = :dag where z.zaaknummer in :zaaknummers")
    void zetAfgesloten(Collection<String> zaaknummers, LocalDate dag);

    /**
     * For each of these zaken, in one query, the nearest last day of its running termijnen of these soorten;
     * {@code null} when none of them runs.
     */
    @Query("""
            select z.zaaknummer as zaaknummer, z.gemeente as gemeente, min(t.termijn.uiterlijk) as eerstvolgende
            from Zaak z left join z.termijnen t on t.soort in :soorten
                and t.termijn.status = nl.jeugdhulp.toegang.zaak.TermijnStatus.LOPEND
            where z.zaaknummer in :zaaknummers
            group by z.zaaknummer, z.gemeente""")
    List<EerstvolgendeTermijn> eerstvolgendeTermijnen(Collection<String> zaaknummers, Collection<Termijnsoort> soorten);

    /** Every running termijn of these soorten whose last day was before {@code vandaag} becomes VERSTREKEN. */
    @Modifying
    @Query("""
            update Zaaktermijn t set t.termijn.status = nl.jeugdhulp.toegang.zaak.TermijnStatus.VERSTREKEN
            where t.soort in :soorten and t.termijn.status = nl.jeugdhulp.toegang.zaak.TermijnStatus.LOPEND
                and t.termijn.uiterlijk < :vandaag""")
    int laatVerstrijken(Collection<Termijnsoort> soorten, LocalDate vandaag);

    interface EerstvolgendeTermijn {
        String getZaaknummer();

        String getGemeente();

        LocalDate getEerstvolgende();
    }
}
