package nl.jeugdhulp.toegang.zaak;

/** The measures under which a gecertificeerde instelling decides the help (001 §2.6; 002 §6.5). */
public enum Maatregel {
    ONDERTOEZICHTSTELLING,
    VOOGDIJ,
    JEUGDRECLASSERING
}
