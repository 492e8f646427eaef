package nl.jeugdhulp.toegang.termijnbewaking;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Termijnbewaking", found by Cockpit through META-INF/services: its frontend module for the
 * dashboard (plugin-webapp/termijnbewaking/app/plugin.js) and its backend resource for the figures.
 */
public class TermijnbewakingPlugin extends AbstractCockpitPlugin {

    static final String ID = "termijnbewaking";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(TermijnbewakingPluginResource.class);
    }
}
