package nl.jeugdhulp.toegang.proces;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once with its type. Dates are kept as ISO strings ("2026-11-13"), the form
 * Camunda Forms date pickers and curl users both write; a {@link Date} sent through the REST API is
 * accepted too. Reading a required value that is missing or malformed fails with a {@link Stapweigering}, which
 * names what is expected and never the value given; the step is rolled back and its caller gets 400.
 */
public final class Variabele<T> {

    private final String naam;
    private final Function<Object, T> lezer;
    private final Function<T, Object> schrijver;

    private Variabele(String naam, Function<Object, T> lezer, Function<T, Object> schrijver) {
        this.naam = naam;
        this.lezer = lezer;
        this.schrijver = schrijver;
    }

    public static Variabele<LocalDate> datum(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Date date) {
                return date.toInstant().atZone(EngineClock.ZONE).toLocalDate();
            }
            try {
                return LocalDate.parse(waarde.toString());
            } catch (DateTimeParseException e) {
                throw new Stapweigering(naam + " is geen datum; verwacht JJJJ-MM-DD");
            }
        }, LocalDate::toString);
    }

    public static Variabele<Boolean> vlag(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Boolean vlag) {
                return vlag;
            }
            throw new Stapweigering(naam + " moet true of false zijn");
        }, vlag -> vlag);
    }

    public static Variabele<Integer> getal(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Number getal) {
                return getal.intValue();
            }
            throw new Stapweigering(naam + " moet een geheel getal zijn");
        }, getal -> getal);
    }

    /** A number with decimals, as the DMN engine compares it; money itself is computed in BigDecimal. */
    public static Variabele<Double> bedrag(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Number getal) {
                return getal.doubleValue();
            }
            throw new Stapweigering(naam + " moet een getal zijn");
        }, getal -> getal);
    }

    /** A decimal a form or API sends as a number, read exactly for money: 18.5 becomes 18.50 euro, not 18.4999. */
    public static Variabele<BigDecimal> decimaal(String naam) {
        return new Variabele<>(naam, waarde -> {
            try {
                return new BigDecimal(waarde.toString());
            } catch (NumberFormatException e) {
                throw new Stapweigering(naam + " moet een getal zijn");
            }
        }, getal -> getal.toPlainString());
    }

    /** The id of a dossier row. */
    public static Variabele<Long> id(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Number getal) {
                return getal.longValue();
            }
            try {
                return Long.valueOf(waarde.toString());
            } catch (NumberFormatException e) {
                throw new Stapweigering(naam + " is geen getal");
            }
        }, getal -> getal);
    }

    public static Variabele<String> tekst(String naam) {
        return new Variabele<>(naam, Object::toString, tekst -> tekst);
    }

    public static <E extends Enum<E>> Variabele<E> keuze(String naam, Class<E> type) {
        return new Variabele<>(naam, waarde -> {
            try {
                return Enum.valueOf(type, waarde.toString());
            } catch (IllegalArgumentException e) {
                throw new Stapweigering(naam + " heeft een onbekende waarde; kies uit " + Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }, Enum::name);
    }

    public String naam() {
        return naam;
    }

    public Optional<T> lees(VariableScope scope) {
        Object waarde = scope.getVariable(naam);
        if (waarde == null || waarde instanceof String tekst && tekst.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(lezer.apply(waarde));
    }

    public T verplicht(VariableScope scope) {
        return lees(scope).orElseThrow(() -> new Stapweigering(naam + " is verplicht"));
    }

    public void schrijf(VariableScope scope, T waarde) {
        scope.setVariable(naam, schrijver.apply(waarde));
    }

    public void schrijfLokaal(VariableScope scope, T waarde) {
        scope.setVariableLocal(naam, schrijver.apply(waarde));
    }

    public void schrijf(Map<String, Object> variabelen, T waarde) {
        variabelen.put(naam, schrijver.apply(waarde));
    }
}
