package nl.jeugdhulp.toegang.zaak;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;

/**
 * The keukentafelgesprek of the onderzoek (Kampen 002 §2.3.2; 004 art 4-5): planned with a day, time and place,
 * then held or waived in agreement with the family. Empty until the appointment is made.
 *
 * @param tijd        "HH:mm", as the invitation prints it
 * @param afgezienOp  the day the gesprek was waived (004 art 5.4); later terms count from it
 * @param onderwerpen the topics of 004 art 5.1 the gesprek covered, by name, comma-separated
 */
@Embeddable
public record Gesprek(LocalDate gepland, String tijd, String locatie, LocalDate datum, LocalDate afgezienOp,
                      Boolean toestemmingGegevensverwerking, String onderwerpen) {

    static final Gesprek GEEN = new Gesprek(null, null, null, null, null, null, null);

    Gesprek afspraak(LocalDate op, String om, String waar) {
        return new Gesprek(op, om, waar, datum, afgezienOp, toestemmingGegevensverwerking, onderwerpen);
    }

    Gesprek gevoerd(LocalDate op, boolean toestemming, List<Gespreksonderwerp> besproken) {
        String namen = besproken.stream().map(Enum::name).collect(Collectors.joining(","));
        return new Gesprek(gepland, tijd, locatie, op, afgezienOp, toestemming, namen);
    }

    Gesprek afgezien(LocalDate op) {
        return new Gesprek(gepland, tijd, locatie, datum, op, toestemmingGegevensverwerking, onderwerpen);
    }

    public Optional<LocalDate> afspraakOp() {
        return Optional.ofNullable(gepland);
    }

    /** The day the gesprek took place, or was waived: the onderzoek's end, from which the verslag counts. */
    public Optional<LocalDate> gevoerdOfAfgezienOp() {
        return Optional.ofNullable(datum != null ? datum : afgezienOp);
    }

    public List<Gespreksonderwerp> besproken() {
        return onderwerpen == null || onderwerpen.isEmpty() ? List.of()
                : Arrays.stream(onderwerpen.split(",")).map(Gespreksonderwerp::valueOf).toList();
    }
}
