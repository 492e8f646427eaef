package nl.jeugdhulp.toegang.security;

import static nl.jeugdhulp.toegang.proces.Groepen.BEHEERDERS;
import static nl.jeugdhulp.toegang.proces.Groepen.CONSULENTEN;
import static nl.jeugdhulp.toegang.proces.Groepen.PROCESONTWERPERS;
import static nl.jeugdhulp.toegang.proces.Groepen.TEAMLEIDERS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.gemeente.Gemeente;
import nl.jeugdhulp.toegang.gemeente.Gemeenten;

/**
 * The three roles and what each may do, and a tenant per configured gemeente, created at every start-up
 * (idempotently) in every profile. Users and their memberships are not created here: in production they come
 * from the municipality's own administration (Camunda Admin: a user is a member of the tenants of the gemeenten
 * they work for; a regional team is a member of several).
 */
@Component
public class Autorisaties {

    private static final String PROCES = "jeugdhulp-toegang";
    /** A bezwaar against the beschikking; its tasks are for teamleiders (Awb 7:5: not who took the decision). */
    private static final String BEZWAAR = "bezwaar-behandelen";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final Gemeenten gemeenten;

    Autorisaties(IdentityService identityService, AuthorizationService authorizationService, Gemeenten gemeenten) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.gemeenten = gemeenten;
    }

    // Nodes that start together on one database: one of them sets it up, the others find it done or being done.
    @EventListener(ApplicationStartedEvent.class)
    @SchedulerLock(name = "autorisaties", lockAtMostFor = "PT5M")
    @Order(1)
    public void richIn() {
        groep(CONSULENTEN, "Jeugdconsulenten");
        groep(TEAMLEIDERS, "Teamleiders");
        groep(PROCESONTWERPERS, "Procesontwerpers");
        groep(BEHEERDERS, "Beheerders");
        gemeenten.alle().forEach(this::tenant);

        // Tasklist's saved filters are granted per filter and group (TasklistFilters).
        // Consulenten: start a case, work the tasks of their group (the engine grants TASK_WORK per task when
        // the group becomes candidate), read the cases. Nothing that changes a running case outside its tasks:
        // no suspending, moving timers or modifying instances, so no deadline can be silenced.
        sta(CONSULENTEN, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        sta(CONSULENTEN, Resources.PROCESS_DEFINITION, PROCES, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        // A consulent registers a bezwaar (POST /api/zaken/{nr}/bezwaren) and follows it, but does not handle it.
        sta(CONSULENTEN, Resources.PROCESS_DEFINITION, BEZWAAR, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        sta(CONSULENTEN, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        sta(CONSULENTEN, Resources.USER, ANY, Permissions.READ);

        // Teamleiders: everything a consulent may, plus every task of the process (escalations, re-assigning)
        // and Cockpit to watch the deadlines.
        sta(TEAMLEIDERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        sta(TEAMLEIDERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        sta(TEAMLEIDERS, Resources.PROCESS_DEFINITION, PROCES, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        sta(TEAMLEIDERS, Resources.PROCESS_DEFINITION, BEZWAAR, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        sta(TEAMLEIDERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        sta(TEAMLEIDERS, Resources.USER, ANY, Permissions.READ);
        sta(TEAMLEIDERS, Resources.GROUP, ANY, Permissions.READ);
        // Which rule decided a case, and with which inputs: the decision tables and their history in Cockpit.
        sta(TEAMLEIDERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);

        // Procesontwerpers: deploy models, see them run in Cockpit, migrate running cases.
        sta(PROCESONTWERPERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        sta(PROCESONTWERPERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        sta(PROCESONTWERPERS, Resources.DEPLOYMENT, ANY, Permissions.ALL);
        sta(PROCESONTWERPERS, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        sta(PROCESONTWERPERS, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        sta(PROCESONTWERPERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL);
        sta(PROCESONTWERPERS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
        sta(PROCESONTWERPERS, Resources.BATCH, ANY, Permissions.ALL);
    }

    private void groep(String id, String naam) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var groep = identityService.newGroup(id);
            groep.setName(naam);
            groep.setType("WORKFLOW");
            identityService.saveGroup(groep);
        }
    }

    /** The gemeente's code is its tenant id (see {@link GemeenteAlsTenant}). */
    private void tenant(Gemeente gemeente) {
        if (identityService.createTenantQuery().tenantId(gemeente.code()).count() == 0) {
            var tenant = identityService.newTenant(gemeente.code());
            tenant.setName(gemeente.naam());
            identityService.saveTenant(tenant);
        }
    }

    private void sta(String groep, Resource resource, String resourceId, Permission... permissies) {
        Authorization autorisatie = authorizationService.createAuthorizationQuery().groupIdIn(groep)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (autorisatie == null) {
            autorisatie = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            autorisatie.setGroupId(groep);
            autorisatie.setResource(resource);
            autorisatie.setResourceId(resourceId);
        }
        for (Permission permissie : permissies) {
            autorisatie.addPermission(permissie);
        }
        authorizationService.saveAuthorization(autorisatie);
    }
}
