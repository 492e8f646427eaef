package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ZaakRepository extends JpaRepository<Zaak, Long> {

    Optional<Zaak> findByZaaknummer(String zaaknummer);

    List<Zaak> findByAfgeslotenIsNotNull();

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

    interface EerstvolgendeTermijn {
        String getZaaknummer();

        String getGemeente();

        LocalDate getEerstvolgende();
    }
}
