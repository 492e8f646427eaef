package nl.jeugdhulp.toegang.zaak;

/** How the melding reached the gemeente (002 §2.2: in person, by phone or in writing; digital added as a form of writing). */
public enum Kanaal {
    PERSOONLIJK, TELEFONISCH, SCHRIFTELIJK, DIGITAAL
}
