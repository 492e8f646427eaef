package nl.jeugdhulp.toegang.brief;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A letter as it went out: the PDF itself, kept with the dossier of its zaak. */
@Entity
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private Long zaakId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Briefsoort soort;

    @Column(nullable = false)
    private String titel;

    @Column(nullable = false)
    private Instant aangemaakt;

    @Column(nullable = false)
    private int grootte;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] inhoud;

    protected Document() {
    }

    Document(Long zaakId, Briefsoort soort, Instant aangemaakt, byte[] inhoud) {
        this.zaakId = zaakId;
        this.soort = soort;
        this.titel = soort.titel();
        this.aangemaakt = aangemaakt;
        this.grootte = inhoud.length;
        this.inhoud = inhoud;
    }

    public Long getId() {
        return id;
    }

    public Briefsoort getSoort() {
        return soort;
    }

    public byte[] getInhoud() {
        return inhoud;
    }
}
