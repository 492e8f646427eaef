package nl.jeugdhulp.toegang.proces;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics as Micrometer counters, for the gemeente's monitoring ({@code /actuator/prometheus}):
 * jobs acquired, executed, failed and rejected by this node's job executor, activity and process instances
 * started, decisions evaluated. Camunda counts these itself and writes them to its own table every 15 minutes
 * (what Cockpit shows); this counts each occurrence on this node as it happens as well, e.g.
 * {@code camunda_job_failed_total} or {@code camunda_job_acquired_failure_total} (jobs another node got first).
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin {

    private final MeterRegistry metrics;

    EngineMetrics(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setMetricsRegistry(new Tellers());
    }

    /** The engine's registry, with a Micrometer counter next to each of its meters. */
    private class Tellers extends MetricsRegistry {

        private final Map<String, Counter> tellers = new ConcurrentHashMap<>();

        @Override
        public void createMeter(String naam) {
            super.createMeter(naam);
            teller(naam);
        }

        @Override
        public void createDbMeter(String naam) {
            super.createDbMeter(naam);
            teller(naam);
        }

        @Override
        public void markOccurrence(String naam, long keer) {
            super.markOccurrence(naam, keer);
            Counter teller = tellers.get(naam);
            if (teller != null) {
                teller.increment(keer);
            }
        }

        private void teller(String naam) {
            tellers.computeIfAbsent(naam, n -> Counter.builder("camunda." + n.replace('-', '.'))
                    .description("Camunda-metriek '" + n + "' op deze node").register(metrics));
        }
    }
}
