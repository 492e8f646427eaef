package nl.jeugdhulp.toegang.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

import nl.jeugdhulp.toegang.ToegangIT;

/**
 * A designer's typo in a model ({@code ${termijen.verstrijktOp(...)}}, {@code ${verslagGewenst}} spelled
 * wrong) fails the build here instead of a case in production. Every name in every {@code ${...}} of every
 * model in processes/ must be a Spring bean (with a method of that name and number of arguments where one is
 * called), a declared process variable of a feature's {@code *Variabelen} class, or what the engine itself provides.
 */
@ToegangIT
class ModelExpressiesIT {

    private static final Pattern EXPRESSIE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern TEKST = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern NAAM = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*\\.\\s*(\\w+)\\s*\\(([^()]*)\\))?");
    private static final Set<String> EL_WOORDEN = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    /** Provided by the engine in every expression (execution, task) or in escalation and task names. */
    private static final Set<String> ENGINE = Set.of("execution", "task", "authenticatedUserId");

    @Autowired
    ApplicationContext context;

    @Test
    void elkeNaamInElkModelBestaat() throws IOException {
        List<Path> modellen;
        try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
            modellen = bestanden.filter(pad -> pad.toString().endsWith(".bpmn") || pad.toString().endsWith(".dmn")).toList();
        }
        assertThat(modellen).isNotEmpty();

        List<String> fouten = new ArrayList<>();
        int gecontroleerd = 0;
        for (Path model : modellen) {
            Matcher expressie = EXPRESSIE.matcher(Files.readString(model));
            while (expressie.find()) {
                gecontroleerd++;
                // As the engine reads it: the XML's entities (&amp;&amp; for &&) decoded.
                String tekst = HtmlUtils.htmlUnescape(expressie.group(1));
                controleer(model.getFileName() + ": ${" + tekst + "}", tekst, fouten);
            }
        }
        assertThat(gecontroleerd).as("expressies gevonden").isGreaterThan(20);
        assertThat(fouten).isEmpty();
    }

    @Test
    void eenTikfoutWordtGevonden() {
        List<String> fouten = new ArrayList<>();
        controleer("test", "termijen.verstrijktOp(execution, 'GESPREK')", fouten);
        controleer("test", "termijnen.verstrijkOp(execution, 'GESPREK')", fouten);
        controleer("test", "termijnen.verstrijktOp(execution)", fouten);
        controleer("test", "!verslagGewenstt", fouten);
        controleer("test", "termijnen.verstrijktOp(execution, 'GESPREK') && verslagGewenst", fouten);
        assertThat(fouten).hasSize(4);
    }

    private void controleer(String waar, String expressie, List<String> fouten) {
        Matcher naam = NAAM.matcher(TEKST.matcher(expressie).replaceAll("''"));
        while (naam.find()) {
            String id = naam.group(1);
            if (EL_WOORDEN.contains(id) || ENGINE.contains(id) || GedeclareerdeVariabelen.namen().contains(id)) {
                continue;
            }
            if (!context.containsBean(id)) {
                fouten.add(waar + ": geen bean of procesvariabele '" + id + "'");
                continue;
            }
            if (naam.group(3) != null && !heeftMethode(context.getBean(id), naam.group(3), argumenten(naam.group(4)))) {
                fouten.add(waar + ": bean '" + id + "' heeft geen methode " + naam.group(3) + " met "
                        + argumenten(naam.group(4)) + " argumenten");
            }
        }
    }

    private static boolean heeftMethode(Object bean, String methode, int argumenten) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getMethods())
                .anyMatch(m -> m.getName().equals(methode) && m.getParameterCount() == argumenten);
    }

    private static int argumenten(String lijst) {
        return lijst.isBlank() ? 0 : lijst.split(",").length;
    }
}
