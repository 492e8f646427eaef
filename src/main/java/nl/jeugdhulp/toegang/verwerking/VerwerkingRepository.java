package nl.jeugdhulp.toegang.verwerking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerwerkingRepository extends JpaRepository<Verwerking, Long> {

    List<Verwerking> findByZaaknummerOrderByTijdstipAscIdAsc(String zaaknummer);
}
