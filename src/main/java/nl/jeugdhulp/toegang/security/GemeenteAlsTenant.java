package nl.jeugdhulp.toegang.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeenten;
import nl.jeugdhulp.toegang.zaak.ZaakVariabelen;

/**
 * Every process instance belongs to one gemeente: its tenant id is the start variable {@code gemeente}. The
 * process definitions stay shared by all gemeenten; the engine then shows a user only the instances, tasks,
 * variables, jobs, incidents and history of the gemeenten (tenants) the user is a member of, in Tasklist,
 * Cockpit and both REST APIs alike.
 * <p>
 * An instance without a configured gemeente is refused: an instance without tenant would be visible to every
 * gemeente. A user may only start an instance for a gemeente of their own, also through {@code /engine-rest}.
 */
@Component
class GemeenteAlsTenant extends AbstractProcessEnginePlugin implements TenantIdProvider {

    private final Gemeenten gemeenten;

    GemeenteAlsTenant(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        Object waarde = context.getVariables().get(ZaakVariabelen.GEMEENTE.naam());
        String gemeente = waarde instanceof String code && gemeenten.find(code).isPresent() ? code : null;
        if (gemeente == null) {
            throw new BadUserRequestException("Een proces van '" + context.getProcessDefinition().getKey()
                    + "' start alleen met de startvariabele 'gemeente', de code van een geconfigureerde gemeente.");
        }
        if (!Context.getCommandContext().getTenantManager().isAuthenticatedTenant(gemeente)) {
            throw new AuthorizationException("Je werkt niet voor gemeente '" + gemeente + "'.");
        }
        return gemeente;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    /**
     * Asked for a decision evaluated outside a business rule task: the PGB tariff that a step's listener looks up
     * belongs to the gemeente of the case whose step is running. A decision evaluated with no case running (a
     * calculation on its own) has no tenant.
     */
    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        if (context.getExecution() != null) {
            return context.getExecution().getTenantId();
        }
        BpmnExecutionContext lopend = Context.getBpmnExecutionContext();
        return lopend == null ? null : lopend.getExecution().getTenantId();
    }
}
