package nl.jeugdhulp.toegang.verwerking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** One line of the audit trail: a user read or changed a dossier through our API. */
@Entity
class Verwerking {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verwerking_seq")
    @SequenceGenerator(name = "verwerking_seq", sequenceName = "verwerking_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private String zaaknummer;

    @Column(nullable = false)
    private String gemeente;

    @Column(nullable = false)
    private String gebruiker;

    @Column(nullable = false)
    private Instant tijdstip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Handeling handeling;

    @Column(nullable = false)
    private String omschrijving;

    protected Verwerking() {
    }

    Verwerking(String zaaknummer, String gemeente, String gebruiker, Instant tijdstip, Handeling handeling,
               String omschrijving) {
        this.zaaknummer = zaaknummer;
        this.gemeente = gemeente;
        this.gebruiker = gebruiker;
        this.tijdstip = tijdstip;
        this.handeling = handeling;
        this.omschrijving = omschrijving;
    }

    VerwerkingView view() {
        return new VerwerkingView(tijdstip, gebruiker, handeling, omschrijving);
    }
}
