package nl.jeugdhulp.toegang.zaak;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A child-protection measure: the gecertificeerde instelling decides the help, the gemeente provides it (001 §2.6). */
@Embeddable
public record GedwongenKader(@Enumerated(EnumType.STRING) Maatregel maatregel, String instelling) {
}
