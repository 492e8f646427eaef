package nl.jeugdhulp.toegang.proces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;

/**
 * The names of every process variable the code declares: the {@code Variabele} constants of every feature's
 * {@code *Variabelen} class (found on the class path, so a new feature's class counts without a list to
 * update) and the gesprek's topics with their outcome in the verslag.
 */
final class GedeclareerdeVariabelen {

    private GedeclareerdeVariabelen() {
    }

    static Set<String> namen() {
        Stream<String> toegang = variabelenklassen()
                .flatMap(klasse -> Arrays.stream(klasse.getFields()))
                .filter(veld -> Modifier.isStatic(veld.getModifiers()) && veld.getType() == Variabele.class)
                .map(GedeclareerdeVariabelen::naam);
        Stream<String> onderwerpen = Arrays.stream(Gespreksonderwerp.values())
                .flatMap(onderwerp -> Stream.of(onderwerp.variabele().naam(), onderwerp.uitkomst().variabele().naam()));
        return Stream.concat(toegang, onderwerpen).collect(Collectors.toSet());
    }

    private static Stream<Class<?>> variabelenklassen() {
        try {
            Resource[] klassen = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:nl/jeugdhulp/toegang/*/*Variabelen.class");
            return Arrays.stream(klassen).map(GedeclareerdeVariabelen::klasse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> klasse(Resource bestand) {
        try {
            String pad = bestand.getURL().toString();
            String naam = pad.substring(pad.lastIndexOf("nl/jeugdhulp/toegang/"), pad.length() - ".class".length());
            return ClassUtils.forName(naam.replace('/', '.'), GedeclareerdeVariabelen.class.getClassLoader());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String naam(Field veld) {
        try {
            return ((Variabele<?>) veld.get(null)).naam();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
