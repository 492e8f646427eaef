package nl.jeugdhulp.toegang.brief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    /** The list without the PDFs themselves. */
    @Query("select new nl.jeugdhulp.toegang.brief.DocumentView(d.id, d.soort, d.titel, d.aangemaakt, d.grootte) "
            + "from Document d where d.zaakId = :zaakId order by d.id")
    List<DocumentView> overzicht(Long zaakId);

    Optional<Document> findByIdAndZaakId(Long id, Long zaakId);
}
