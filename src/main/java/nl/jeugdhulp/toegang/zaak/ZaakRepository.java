package nl.jeugdhulp.toegang.zaak;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZaakRepository extends JpaRepository<Zaak, Long> {

    Optional<Zaak> findByZaaknummer(String zaaknummer);

    List<Zaak> findByAfgeslotenIsNotNull();
}
