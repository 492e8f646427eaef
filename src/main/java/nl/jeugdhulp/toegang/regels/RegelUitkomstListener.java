package nl.jeugdhulp.toegang.regels;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.zaak.Beslissingen;

/**
 * End listener of every business rule task: the outcome of the policy table (processes/*.dmn) becomes process
 * variables the next gateway reads, and a beslissing in the dossier with the table's {@code motivering}. The
 * engine hands the result to this listener as the transient local variable {@code decisionResult}.
 */
@Component("regelUitkomstListener")
class RegelUitkomstListener implements ExecutionListener {

    static final String MOTIVERING = "motivering";

    private final Beslissingen beslissingen;
    private final RepositoryService repositoryService;

    RegelUitkomstListener(Beslissingen beslissingen, RepositoryService repositoryService) {
        this.beslissingen = beslissingen;
        this.repositoryService = repositoryService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String sleutel = ((BusinessRuleTask) execution.getBpmnModelElementInstance()).getCamundaDecisionRef();
        DmnDecisionResult resultaat = (DmnDecisionResult) execution.getVariableLocal("decisionResult");
        if (resultaat == null || resultaat.size() != 1) {
            throw new IllegalStateException("Regel " + sleutel + " gaf " + (resultaat == null ? 0 : resultaat.size())
                    + " uitkomsten; de tabel moet precies één regel laten passen");
        }
        Map<String, Object> uitkomst = resultaat.getSingleResult().getEntryMap();
        uitkomst.forEach((naam, waarde) -> {
            if (!MOTIVERING.equals(naam)) {
                execution.setVariable(naam, waarde);
            }
        });
        int versie = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(sleutel).latestVersion()
                .singleResult().getVersion();
        beslissingen.leg(execution, sleutel, uitkomst.entrySet().stream()
                        .filter(e -> !MOTIVERING.equals(e.getKey()))
                        .map(e -> e.getKey() + " = " + e.getValue())
                        .collect(Collectors.joining(", ")),
                String.valueOf(uitkomst.get(MOTIVERING)), "regel " + sleutel + " v" + versie);
    }
}
