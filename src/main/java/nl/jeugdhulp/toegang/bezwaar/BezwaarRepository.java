package nl.jeugdhulp.toegang.bezwaar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BezwaarRepository extends JpaRepository<Bezwaar, Long> {

    List<Bezwaar> findByZaakIdOrderById(Long zaakId);
}
