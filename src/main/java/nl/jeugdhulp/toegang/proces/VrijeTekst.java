package nl.jeugdhulp.toegang.proces;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Free text a step asks for (a reason, a motivering). It is taken out of the process variables as the step
 * completes, so it lives only in the dossier (the history level {@code full-zonder-vrije-tekst} keeps none of its
 * values), and it must fit there.
 */
public record VrijeTekst(Variabele<String> variabele, int maximum) {

    public String verplicht(DelegateTask task, String vraag) {
        return neem(task).orElseThrow(() -> new Stapweigering(variabele.naam() + " is verplicht: " + vraag));
    }

    public Optional<String> neem(DelegateTask task) {
        Optional<String> tekst = variabele.lees(task).map(String::strip);
        verwijder(task);
        if (tekst.isPresent() && tekst.get().length() > maximum) {
            throw new Stapweigering(variabele.naam() + " is langer dan " + maximum + " tekens");
        }
        return tekst;
    }

    /** For a step that does not use the text: it still never stays behind as a variable. */
    public void verwijder(DelegateTask task) {
        task.removeVariable(variabele.naam());
    }
}
