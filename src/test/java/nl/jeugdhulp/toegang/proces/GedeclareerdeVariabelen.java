package nl.jeugdhulp.toegang.proces;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen;
import nl.jeugdhulp.toegang.onderzoek.Gespreksonderwerp;

/**
 * The names of every process variable the code declares: {@link ToegangVariabelen}, {@link BezwaarVariabelen}
 * and the gesprek's topics with their outcome in the verslag.
 */
final class GedeclareerdeVariabelen {

    private GedeclareerdeVariabelen() {
    }

    static Set<String> namen() {
        Stream<String> toegang = Stream.of(ToegangVariabelen.class, BezwaarVariabelen.class)
                .flatMap(klasse -> Arrays.stream(klasse.getFields()))
                .filter(veld -> Modifier.isStatic(veld.getModifiers()) && veld.getType() == Variabele.class)
                .map(GedeclareerdeVariabelen::naam);
        Stream<String> onderwerpen = Arrays.stream(Gespreksonderwerp.values())
                .flatMap(onderwerp -> Stream.of(onderwerp.variabele().naam(), onderwerp.uitkomst().variabele().naam()));
        return Stream.concat(toegang, onderwerpen).collect(Collectors.toSet());
    }

    private static String naam(Field veld) {
        try {
            return ((Variabele<?>) veld.get(null)).naam();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
