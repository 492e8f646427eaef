package nl.jeugdhulp.toegang.pgb;

import static nl.jeugdhulp.toegang.pgb.Bedragen.euro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * Computes a PGB: the tariff per unit times the number of units, with the reasoning the beschikking must give
 * (004 art 9.3 c). The maximum tariff is policy and lives in {@code processes/pgb-tarief.dmn}; what happens
 * around it is law and lives here:
 * <ul>
 * <li>a lower tariff agreed with the caregiver is what the budget pays;</li>
 * <li>a gemeente that caps its tariff by care in kind, or has set no tariff for this care at all, pays at most
 * what the cheapest adequate care in kind (ZIN) costs per unit (004 art 10.4, 002 §6.6), so the consulent must
 * enter that cost;</li>
 * <li>kortdurend verblijf is paid per day of each stay (004 bijlage 1).</li>
 * </ul>
 * Invalid or missing input fails with a {@link Stapweigering} naming the field and what it expects: inside a
 * task listener the engine rolls the step back and its caller gets 400.
 */
@Component
public class PgbBerekening {

    /** The decision in {@code processes/pgb-tarief.dmn}, evaluated in its latest deployed version. */
    public static final String BESLISSING = "pgbTarief";

    private static final String ZIN = "kosten van de goedkoopste passende zorg in natura";
    private static final String GEEN_TARIEF = "geen PGB-tarief vastgesteld, dus de " + ZIN + ", 004 art 10.4 en 002 §6.6";

    private final Function<VariableMap, DmnDecisionResultEntries> tariefTabel;
    private final Function<String, Optional<Gemeente>> gemeenten;

    @Autowired
    PgbBerekening(DecisionService beslissingen, Gemeenten gemeenten) {
        this(invoer -> beslissingen.evaluateDecisionByKey(BESLISSING).variables(invoer).evaluate().getSingleResult(),
                gemeenten::find);
    }

    /**
     * Without the engine and the app's configuration, as a unit test builds it: {@code tariefTabel} answers as the
     * deployed decision does (its one row, or null when none matches), {@code gemeenten} finds a gemeente by code.
     */
    PgbBerekening(Function<VariableMap, DmnDecisionResultEntries> tariefTabel,
                  Function<String, Optional<Gemeente>> gemeenten) {
        this.tariefTabel = tariefTabel;
        this.gemeenten = gemeenten;
    }

    public PgbBedrag bereken(PgbAanvraag aanvraag) {
        Gemeente gemeente = gemeente(aanvraag.gemeente());
        Zorgsoort zorgsoort = Optional.ofNullable(aanvraag.zorgsoort())
                .orElseThrow(() -> new Stapweigering("zorgsoort: ontbreekt"));
        Optional<Tariefregel> regel = tariefregel(gemeente, zorgsoort, aanvraag.sociaalNetwerk());
        Tariefeenheid eenheid = regel.map(Tariefregel::eenheid).orElse(zorgsoort.gebruikelijkeEenheid());
        BigDecimal aantal = eenheid == Tariefeenheid.DAG ? dagen(aanvraag.verblijven(), zorgsoort) : aantal(aanvraag, eenheid, zorgsoort);
        BigDecimal afgesproken = tarief("afgesprokenTarief", aanvraag.afgesprokenTarief());
        BigDecimal zin = tarief("zinTarief", aanvraag.zinTarief());

        String grondslag;
        BigDecimal maximum;
        List<String> afwegingen = new ArrayList<>();
        if (regel.isPresent()) {
            grondslag = regel.get().bron();
            maximum = regel.get().maximum();
            if (regel.get().zinBegrenzing()) {
                if (zin == null) {
                    throw new Stapweigering("zinTarief: ontbreekt; in " + gemeente.naam() + " is het PGB nooit hoger dan "
                            + "wat de goedkoopste passende zorg in natura kost: vul die kosten per " + eenheid.enkelvoud()
                            + " in (" + regel.get().bron() + ")");
                }
                maximum = laagste(maximum, zin, ZIN, afwegingen);
            }
        } else {
            if (zin == null) {
                throw new Stapweigering("zinTarief: ontbreekt; " + gemeente.naam() + " heeft geen PGB-tarief voor "
                        + zorgsoort.omschrijving() + (aanvraag.sociaalNetwerk() ? " uit het sociale netwerk" : " door een professional")
                        + ": het PGB is dan ten hoogste wat de goedkoopste passende zorg in natura kost, vul die kosten per "
                        + eenheid.enkelvoud() + " in (004 art 10.4, 002 §6.6)");
            }
            grondslag = GEEN_TARIEF;
            maximum = zin;
        }
        BigDecimal tarief = maximum;
        if (afgesproken != null && afgesproken.compareTo(maximum) < 0) {
            afwegingen.add("afgesproken tarief lager: " + euro(afgesproken));
            tarief = afgesproken;
        } else if (afgesproken != null && afgesproken.compareTo(maximum) > 0) {
            // The budget stops at the maximum; what a dearer caregiver costs above it the family pays (002 §6.6 lid 3).
            afwegingen.add("afgesproken tarief hoger: " + euro(afgesproken) + ", het verschil is voor eigen rekening");
        }

        BigDecimal startwaarde = regel.map(Tariefregel::maximum).orElse(zin);
        if (startwaarde.compareTo(tarief) != 0) {
            grondslag += ": " + euro(startwaarde);
        }
        afwegingen.add(0, gemeente.naam() + ", " + grondslag);

        BigDecimal bedrag = tarief.multiply(aantal).setScale(2, RoundingMode.HALF_UP);
        String berekening = eenheid.aantal(aantal) + " × " + euro(tarief) + " = " + euro(bedrag)
                + " (" + String.join("; ", afwegingen) + ")";
        if (eenheid == Tariefeenheid.DAG) {
            berekening += ". Per verblijf: " + aanvraag.verblijven().stream()
                    .map(verblijf -> verblijf.omschrijving() + " = " + Tariefeenheid.DAG.aantal(BigDecimal.valueOf(verblijf.dagen())))
                    .collect(Collectors.joining(", "))
                    + " (aankomstdag telt, vertrekdag niet; 004 bijlage 1)";
        }
        return new PgbBedrag(bedrag, tarief, eenheid, aantal, berekening);
    }

    private Gemeente gemeente(String code) {
        if (code == null || code.isBlank()) {
            throw new Stapweigering("gemeente: ontbreekt");
        }
        return gemeenten.apply(code).orElseThrow(() -> new Stapweigering("gemeente: '" + code + "' is niet geconfigureerd"));
    }

    private Optional<Tariefregel> tariefregel(Gemeente gemeente, Zorgsoort zorgsoort, boolean sociaalNetwerk) {
        DmnDecisionResultEntries rij = tariefTabel.apply(Variables.createVariables()
                .putValue("gemeente", gemeente.code())
                .putValue("zorgsoort", zorgsoort.name())
                .putValue("sociaalNetwerk", sociaalNetwerk));
        if (rij == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Tariefregel(new BigDecimal(String.valueOf(rij.<Object>getEntry("maximumTarief"))),
                    Tariefeenheid.valueOf(String.valueOf(rij.<Object>getEntry("eenheid"))),
                    Boolean.TRUE.equals(rij.getEntry("zinBegrenzing")),
                    String.valueOf(rij.<Object>getEntry("tariefbron"))));
        } catch (IllegalArgumentException e) {
            // A designer's typo in the table must stop the computation, not produce a wrong budget.
            throw new IllegalStateException(BESLISSING + " gaf een onbruikbare regel voor " + gemeente.code() + ", "
                    + zorgsoort + ", sociaalNetwerk=" + sociaalNetwerk + ": " + rij, e);
        }
    }

    private static BigDecimal aantal(PgbAanvraag aanvraag, Tariefeenheid eenheid, Zorgsoort zorgsoort) {
        BigDecimal aantal = aanvraag.aantal();
        if (aantal == null) {
            throw new Stapweigering("aantal: ontbreekt; " + zorgsoort.omschrijving() + " wordt hier per "
                    + eenheid.enkelvoud() + " betaald");
        }
        if (aantal.signum() <= 0) {
            throw new Stapweigering("aantal: moet groter dan 0 zijn");
        }
        return aantal;
    }

    private static BigDecimal dagen(List<Verblijf> verblijven, Zorgsoort zorgsoort) {
        if (verblijven.isEmpty()) {
            throw new Stapweigering("verblijven: ontbreken; " + zorgsoort.omschrijving() + " wordt per dag betaald, "
                    + "geteld uit aankomst en vertrek van elk verblijf (004 bijlage 1)");
        }
        // Overlapping stays would pay one day twice.
        List<Verblijf> opVolgorde = verblijven.stream().sorted(Comparator.comparing(Verblijf::aankomst)).toList();
        for (int i = 1; i < opVolgorde.size(); i++) {
            Verblijf vorige = opVolgorde.get(i - 1);
            Verblijf volgende = opVolgorde.get(i);
            if (volgende.aankomst().isBefore(vorige.eindeTelling())) {
                throw new Stapweigering("verblijven: twee verblijven overlappen; een dag telt maar één keer");
            }
        }
        return BigDecimal.valueOf(verblijven.stream().mapToInt(Verblijf::dagen).sum());
    }

    private static BigDecimal tarief(String veld, BigDecimal tarief) {
        if (tarief == null) {
            return null;
        }
        if (tarief.signum() <= 0) {
            throw new Stapweigering(veld + ": moet groter dan 0 zijn");
        }
        if (tarief.stripTrailingZeros().scale() > 2) {
            throw new Stapweigering(veld + ": een tarief is in euro en cent, hoogstens 2 decimalen");
        }
        return tarief;
    }

    private static BigDecimal laagste(BigDecimal maximum, BigDecimal grens, String grensNaam, List<String> afwegingen) {
        int vergelijking = grens.compareTo(maximum);
        if (vergelijking < 0) {
            afwegingen.add(grensNaam + " lager: " + euro(grens));
            return grens;
        }
        if (vergelijking > 0) {
            afwegingen.add(grensNaam + " hoger: " + euro(grens));
        }
        return maximum;
    }

    /** One row of {@code pgbTarief}. */
    private record Tariefregel(BigDecimal maximum, Tariefeenheid eenheid, boolean zinBegrenzing, String bron) {
    }
}
