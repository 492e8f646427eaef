package nl.jeugdhulp.toegang;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.beschikking.BeschikkingVariabelen;
import nl.jeugdhulp.toegang.bezwaar.BezwaarVariabelen;
import nl.jeugdhulp.toegang.onderzoek.OnderzoekVariabelen;
import nl.jeugdhulp.toegang.proces.Variabele;
import nl.jeugdhulp.toegang.tasklist.TaakVariabelen;
import nl.jeugdhulp.toegang.verslag.VerslagVariabelen;
import nl.jeugdhulp.toegang.zaak.Gespreksonderwerp;
import nl.jeugdhulp.toegang.zaak.ZaakVariabelen;

/**
 * Full history, except for variables that carry free text about a child on their way into the dossier, and
 * the child's name and case summary shown in a task's form. Removing such a variable is not enough: full
 * history would keep every value it ever had. Configured as
 * {@code camunda.bpm.history-level: full-zonder-vrije-tekst}.
 */
@Component
class HistorieZonderVrijeTekst extends AbstractProcessEnginePlugin {

    static final String NAAM = "full-zonder-vrije-tekst";
    private static final Set<String> NIET_IN_HISTORIE = Stream.concat(Stream.of(
                    ZaakVariabelen.TOELICHTING, OnderzoekVariabelen.GESPREK_LOCATIE,
                    VerslagVariabelen.VERSLAG_OPMERKINGEN, VerslagVariabelen.OPMERKINGEN_FAMILIE,
                    BeschikkingVariabelen.VOORZIENING, BeschikkingVariabelen.BEOOGD_RESULTAAT,
                    BeschikkingVariabelen.SAMENHANGENDE_VOORZIENINGEN, BezwaarVariabelen.MOTIVERING,
                    TaakVariabelen.JEUGDIGE, TaakVariabelen.ZAAKNUMMER, TaakVariabelen.TERMIJNEN_OVERZICHT,
                    TaakVariabelen.DOCUMENTEN),
                    Arrays.stream(Gespreksonderwerp.values()).map(onderwerp -> onderwerp.uitkomst().variabele()))
            .map(Variabele::naam)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setCustomHistoryLevels(List.of(new HistoryLevelFull() {
            @Override
            public int getId() {
                return 31;
            }

            @Override
            public String getName() {
                return NAAM;
            }

            @Override
            public boolean isHistoryEventProduced(HistoryEventType type, Object entiteit) {
                // A form submitted in Tasklist is also recorded field by field, past the variable check below;
                // the variables it sets are in the history already.
                if (type == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
                    return false;
                }
                if (entiteit instanceof VariableInstance variabele && NIET_IN_HISTORIE.contains(variabele.getName())) {
                    return false;
                }
                return super.isHistoryEventProduced(type, entiteit);
            }
        }));
    }
}
