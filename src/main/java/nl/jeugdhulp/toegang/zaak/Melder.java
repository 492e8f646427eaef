package nl.jeugdhulp.toegang.zaak;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who brought the help question to the gemeente (004 art 3.1). */
@Embeddable
public record Melder(@Enumerated(EnumType.STRING) MelderRol rol, String naam) {
}
