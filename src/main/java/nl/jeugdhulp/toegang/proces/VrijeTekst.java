package nl.jeugdhulp.toegang.proces;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Free text a step asks for (a reason, a motivering). It is taken out of the process variables as the step
 * completes, so it lives only in the dossier (see {@link HistorieZonderVrijeTekst}), and it must fit there.
 */
public record VrijeTekst(Variabele<String> variabele, int maximum) {

    /** A consulent's or team leader's reason; fits the beslissing's motivering with the rule's source added. */
    public static final VrijeTekst TOELICHTING = new VrijeTekst(ToegangVariabelen.TOELICHTING, 2000);
    public static final VrijeTekst GESPREK_LOCATIE = new VrijeTekst(ToegangVariabelen.GESPREK_LOCATIE, 200);
    public static final VrijeTekst OPMERKINGEN_FAMILIE = new VrijeTekst(ToegangVariabelen.OPMERKINGEN_FAMILIE, 2000);
    public static final VrijeTekst VOORZIENING = new VrijeTekst(ToegangVariabelen.VOORZIENING, 200);
    public static final VrijeTekst BEOOGD_RESULTAAT = new VrijeTekst(ToegangVariabelen.BEOOGD_RESULTAAT, 2000);
    public static final VrijeTekst SAMENHANGENDE_VOORZIENINGEN = new VrijeTekst(ToegangVariabelen.SAMENHANGENDE_VOORZIENINGEN, 2000);

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
