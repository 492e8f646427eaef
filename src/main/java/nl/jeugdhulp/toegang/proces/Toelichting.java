package nl.jeugdhulp.toegang.proces;

import static nl.jeugdhulp.toegang.proces.ToegangVariabelen.TOELICHTING;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * The free-text reason a step asks for. It is taken out of the process variables as the step completes, so it
 * lives only in the dossier (see {@link HistorieZonderVrijeTekst}).
 */
public final class Toelichting {

    /** What the forms allow, and what fits the dossier's motivering with the rule's source added. */
    static final int MAXIMUM = 2000;

    private Toelichting() {
    }

    public static String verplicht(DelegateTask task, String vraag) {
        return neem(task).orElseThrow(() -> new NotValidException(TOELICHTING.naam() + " is verplicht: " + vraag));
    }

    public static Optional<String> neem(DelegateTask task) {
        Optional<String> tekst = TOELICHTING.lees(task).map(String::strip);
        task.removeVariable(TOELICHTING.naam());
        if (tekst.isPresent() && tekst.get().length() > MAXIMUM) {
            throw new NotValidException(TOELICHTING.naam() + " is langer dan " + MAXIMUM + " tekens");
        }
        return tekst;
    }
}
