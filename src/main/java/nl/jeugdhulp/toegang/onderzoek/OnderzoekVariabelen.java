package nl.jeugdhulp.toegang.onderzoek;

import java.time.LocalDate;

import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.proces.VrijeTekst;

/**
 * The variables of the vooronderzoek and the keukentafelgesprek (004 art 4-5).
 */
public final class OnderzoekVariabelen {

    /** Waivers agreed with the family: vooronderzoek (004 art 4.3) and gesprek (004 art 5.4). */
    public static final Variabele<Boolean> VOORONDERZOEK_AFGEZIEN = Variabele.vlag("vooronderzoekAfgezien");
    public static final Variabele<Boolean> GESPREK_AFGEZIEN = Variabele.vlag("gesprekAfgezien");

    /** The family was invited otherwise (by telephone): no uitnodiging by letter, and the appointment may have passed. */
    public static final Variabele<Boolean> ANDERS_UITGENODIGD = Variabele.vlag("andersUitgenodigd");
    public static final Variabele<LocalDate> GESPREK_GEPLAND = Variabele.datum("gesprekGepland");

    /** The time and place for the invitation; the place may be the family's home, so it is free text. */
    public static final Variabele<String> GESPREK_TIJD = Variabele.tekst("gesprekTijd");
    public static final Variabele<String> GESPREK_LOCATIE = Variabele.tekst("gesprekLocatie");
    public static final Variabele<LocalDate> GESPREK_DATUM = Variabele.datum("gesprekDatum");

    /** The family was told how the gesprek goes, their rights and duties and what follows (004 art 5.3). */
    public static final Variabele<Boolean> GEINFORMEERD = Variabele.vlag("geinformeerd");
    public static final Variabele<Boolean> TOESTEMMING_GEGEVENSVERWERKING = Variabele.vlag("toestemmingGegevensverwerking");
    public static final Variabele<Boolean> FAMILIEGROEPSPLAN_GEWENST = Variabele.vlag("familiegroepsplanGewenst");
    public static final Variabele<Boolean> VERSLAG_GEWENST = Variabele.vlag("verslagGewenst");

    public static final VrijeTekst GESPREK_LOCATIE_TEKST = new VrijeTekst(GESPREK_LOCATIE, 200);

    private OnderzoekVariabelen() {
    }
}
