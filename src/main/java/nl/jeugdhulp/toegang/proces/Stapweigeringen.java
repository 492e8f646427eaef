package nl.jeugdhulp.toegang.proces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A step that refuses its input ({@link Stapweigering}) or its user ({@link AuthorizationException}) is an
 * ordinary event of a working day, not a fault. The engine wraps whatever a task listener throws in a generic
 * failure ("ENGINE-03051 There was an exception while invoking the TaskListener"), which it logs as ERROR with a
 * stack trace and both REST APIs answer with 500. This hands the refusal itself back to the caller, so Tasklist
 * and {@code /engine-rest} answer 400 or 403 with its own message, and has the engine log it as it logs its own
 * client errors: at DEBUG. A real failure keeps its wrapping and stays an ERROR.
 */
@Component
class Stapweigeringen extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setCustomPostCommandInterceptorsTxRequired(
                metUitpakken(configuratie.getCustomPostCommandInterceptorsTxRequired()));
        configuratie.setCustomPostCommandInterceptorsTxRequiresNew(
                metUitpakken(configuratie.getCustomPostCommandInterceptorsTxRequiresNew()));
        var contexten = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(processEngineConfiguration) {
                    @Override
                    protected boolean shouldLogFine(Throwable fout) {
                        return super.shouldLogFine(fout) || fout instanceof Stapweigering;
                    }
                };
            }
        };
        contexten.setProcessEngineConfiguration(configuratie);
        configuratie.setCommandContextFactory(contexten);
    }

    private static List<CommandInterceptor> metUitpakken(List<CommandInterceptor> bestaand) {
        List<CommandInterceptor> interceptors = bestaand == null ? new ArrayList<>() : new ArrayList<>(bestaand);
        interceptors.add(new Uitpakken());
        return interceptors;
    }

    /** Innermost in the command's chain: what the command throws, before its context logs and closes it. */
    private static class Uitpakken extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException fout) {
                throw weigering(fout).orElse(fout);
            }
        }

        private static Optional<ProcessEngineException> weigering(ProcessEngineException fout) {
            for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof Stapweigering || oorzaak instanceof AuthorizationException) {
                    return Optional.of((ProcessEngineException) oorzaak);
                }
            }
            return Optional.empty();
        }
    }
}
