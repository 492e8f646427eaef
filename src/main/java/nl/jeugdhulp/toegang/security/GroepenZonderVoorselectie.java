package nl.jeugdhulp.toegang.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In every command of a logged-in user Camunda 7.24 first asks the database for every group that has any
 * authorization ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}), to leave the user's other groups out
 * of the checks that follow. Each open task has an authorization for its candidate group, so that question reads a
 * row per open task: linear in the open cases, every Tasklist and REST call (docs/prestaties.md; Camunda issue 5485
 * asks for the same). Our users are in a few groups, so the checks get the user's groups as they are. A group
 * without authorizations matches no row, so what anyone may see or do stays the same. For users in hundreds of
 * groups (a directory), where Camunda's shorter list pays off, set
 * {@code jeugdhulp.autorisatie.groepen-voorselecteren=true}.
 */
@Component
@ConditionalOnProperty(name = "jeugdhulp.autorisatie.groepen-voorselecteren", havingValue = "false", matchIfMissing = true)
class GroepenZonderVoorselectie extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        List<SessionFactory> fabrieken = new ArrayList<>();
        if (configuratie.getCustomSessionFactories() != null) {
            fabrieken.addAll(configuratie.getCustomSessionFactories());
        }
        fabrieken.add(new GenericManagerFactory(AlleGroepen.class) {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }
        });
        configuratie.setCustomSessionFactories(fabrieken);
    }

    /** The engine's authorization manager, but with the user's groups passed on unfiltered. */
    public static class AlleGroepen extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groepen) {
            return groepen == null ? new ArrayList<>() : new ArrayList<>(groepen);
        }
    }
}
