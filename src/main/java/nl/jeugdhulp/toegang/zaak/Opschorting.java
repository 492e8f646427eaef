package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A period in which the beslistermijn did not run (Awb 4:15), from {@code van} up to and including {@code tot}. While
 * the gemeente waits for the family's aanvulling, {@code tot} is still open; {@code aanvullenUiterlijk} is the date
 * the family was given for it.
 */
@Embeddable
public record Opschorting(@Enumerated(EnumType.STRING) @Column(nullable = false) Opschortingsreden reden,
                          @Column(nullable = false) LocalDate van, LocalDate tot, LocalDate aanvullenUiterlijk,
                          @Column(length = 2000) String toelichting) {

    /**
     * Lid 1: from the day after the request, until the family completes the aanvraag or the date set for it passes.
     */
    public static Opschorting aanvulling(LocalDate gevraagd, LocalDate aanvullenUiterlijk, String toelichting) {
        return new Opschorting(Opschortingsreden.AANVULLING, gevraagd.plusDays(1), null, aanvullenUiterlijk, toelichting);
    }

    /** Lid 2: a period known as it is recorded, {@code van} up to and including {@code tot}. */
    public static Opschorting periode(Opschortingsreden reden, LocalDate van, LocalDate tot, String toelichting) {
        return new Opschorting(reden, van, tot, null, toelichting);
    }

    public boolean loopt() {
        return tot == null;
    }

    /** The suspension ends: {@code laatsteDag} is the last day the term did not run. */
    public Opschorting beeindigd(LocalDate laatsteDag) {
        return new Opschorting(reden, van, laatsteDag, aanvullenUiterlijk, toelichting);
    }

    /** The number of days the term did not run; 0 when the family answered the day after the request. */
    public int dagen() {
        return tot == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(van, tot) + 1);
    }

    /** Whether the two periods share a day; a running suspension counts as lasting until its date for the aanvulling. */
    public boolean overlapt(Opschorting andere) {
        return !van.isAfter(andere.laatsteDag()) && !andere.van.isAfter(laatsteDag());
    }

    private LocalDate laatsteDag() {
        return Optional.ofNullable(tot).orElse(aanvullenUiterlijk);
    }
}
