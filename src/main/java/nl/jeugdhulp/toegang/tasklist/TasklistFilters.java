package nl.jeugdhulp.toegang.tasklist;

import static nl.jeugdhulp.toegang.proces.Groepen.CONSULENTEN;
import static nl.jeugdhulp.toegang.proces.Groepen.TEAMLEIDERS;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.termijn.TermijnSignalering;

/**
 * The saved filters on the left of Tasklist, created at start-up when missing, each visible to the groups
 * that need it and sorted by due date: the statutory deadline comes first. A filter a team changed by hand
 * in Tasklist is left as it is.
 */
@Component
class TasklistFilters {

    static final String MIJN_TAKEN = "Mijn taken";
    static final String TAKEN_VAN_MIJN_TEAM = "Taken van mijn team";
    static final String TERMIJN_BINNEN_5_WERKDAGEN = "Termijn binnen " + TermijnSignalering.WERKDAGEN + " werkdagen";
    static final String TERMIJN_VERSTREKEN = "Termijn verstreken";
    static final String BEZWAREN = "Bezwaren";

    private static final String ESCALATIETAAK = "Task_TermijnoverschrijdingBeoordelen";
    private static final String BEZWAAR_ESCALATIETAAK = "Task_BeslistermijnOverschrijdingBeoordelen";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    // Nodes that start together on one database: one of them sets it up, the others find it done or being done.
    @EventListener(ApplicationStartedEvent.class)
    @SchedulerLock(name = "tasklistfilters", lockAtMostFor = "PT5M")
    @Order(2)
    public void richIn() {
        filter(MIJN_TAKEN, 10, "Taken die aan u zijn toegewezen", List.of(CONSULENTEN, TEAMLEIDERS),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filter(TAKEN_VAN_MIJN_TEAM, 20, "Alle taken van de jeugdconsulenten, ook die van collega's",
                List.of(CONSULENTEN, TEAMLEIDERS),
                taskService.createTaskQuery().taskCandidateGroup(CONSULENTEN).includeAssignedTasks());
        filter(TERMIJN_BINNEN_5_WERKDAGEN, 30, "Taken waarvan de wettelijke termijn binnen " + TermijnSignalering.WERKDAGEN
                        + " werkdagen afloopt of al is verstreken",
                List.of(CONSULENTEN, TEAMLEIDERS),
                taskService.createTaskQuery().taskCandidateGroup(CONSULENTEN).includeAssignedTasks()
                        .dueBeforeExpression("${termijnen.binnenWerkdagen(" + TermijnSignalering.WERKDAGEN + ")}"));
        filter(BEZWAREN, 35, "Bezwaren tegen beschikkingen: beoordelen, verdagen en beslissen (Awb 7:5: niet door "
                        + "wie de beschikking nam)", List.of(TEAMLEIDERS),
                taskService.createTaskQuery().processDefinitionKey("bezwaar-behandelen").taskCandidateGroup(TEAMLEIDERS)
                        .includeAssignedTasks());
        filter(TERMIJN_VERSTREKEN, 40, "Te beoordelen termijnoverschrijdingen en taken over hun termijn",
                List.of(TEAMLEIDERS),
                taskService.createTaskQuery().or().dueBeforeExpression("${now()}")
                        .taskDefinitionKeyIn(ESCALATIETAAK, BEZWAAR_ESCALATIETAAK).endOr());
    }

    private void filter(String naam, int volgorde, String omschrijving, List<String> groepen, TaskQuery query) {
        if (filterService.createTaskFilterQuery().filterName(naam).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(naam)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(Map.of("priority", volgorde, "description", omschrijving, "refresh", true));
        filterService.saveFilter(filter);
        for (String groep : groepen) {
            Authorization lezen = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            lezen.setGroupId(groep);
            lezen.setResource(Resources.FILTER);
            lezen.setResourceId(filter.getId());
            lezen.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(lezen);
        }
    }
}
