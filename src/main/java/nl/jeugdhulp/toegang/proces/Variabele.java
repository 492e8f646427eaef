package nl.jeugdhulp.toegang.proces;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotValidException;

import nl.jeugdhulp.toegang.termijn.Werkdagenkalender;

/**
 * A process variable declared once with its type. Dates are kept as ISO strings ("2026-11-13"), the form
 * Camunda Forms date pickers and curl users both write; a {@link Date} sent through the REST API is
 * accepted too. Reading a required value that is missing or malformed fails with a {@link NotValidException},
 * which the engine's REST API answers with 400 and which rolls the step back.
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
                return date.toInstant().atZone(Werkdagenkalender.ZONE).toLocalDate();
            }
            try {
                return LocalDate.parse(waarde.toString());
            } catch (DateTimeParseException e) {
                throw new NotValidException(naam + " is geen datum (JJJJ-MM-DD): " + waarde);
            }
        }, LocalDate::toString);
    }

    public static Variabele<Boolean> vlag(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Boolean vlag) {
                return vlag;
            }
            throw new NotValidException(naam + " moet true of false zijn: " + waarde);
        }, vlag -> vlag);
    }

    public static Variabele<Integer> getal(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Number getal) {
                return getal.intValue();
            }
            throw new NotValidException(naam + " moet een geheel getal zijn: " + waarde);
        }, getal -> getal);
    }

    /** A number with decimals, as the DMN engine compares it; money itself is computed in BigDecimal. */
    public static Variabele<Double> bedrag(String naam) {
        return new Variabele<>(naam, waarde -> {
            if (waarde instanceof Number getal) {
                return getal.doubleValue();
            }
            throw new NotValidException(naam + " moet een getal zijn: " + waarde);
        }, getal -> getal);
    }

    /** A decimal a form or API sends as a number, read exactly for money: 18.5 becomes 18.50 euro, not 18.4999. */
    public static Variabele<BigDecimal> decimaal(String naam) {
        return new Variabele<>(naam, waarde -> {
            try {
                return new BigDecimal(waarde.toString());
            } catch (NumberFormatException e) {
                throw new NotValidException(naam + " moet een getal zijn: " + waarde);
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
                throw new NotValidException(naam + " is geen getal: " + waarde);
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
                throw new NotValidException(naam + " heeft een onbekende waarde: " + waarde);
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
        return lees(scope).orElseThrow(() -> new NotValidException(naam + " is verplicht"));
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
