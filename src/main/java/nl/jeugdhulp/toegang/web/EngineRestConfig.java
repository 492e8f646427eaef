package nl.jeugdhulp.toegang.web;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import nl.jeugdhulp.toegang.proces.Stapweigering;

/**
 * The engine's REST API as the starter configures it, with two changes:
 * <ul>
 * <li>when a step refuses its input ({@link Stapweigering}, e.g. "gesprekDatum mag niet na vandaag liggen") or
 * a start is refused ({@link BadUserRequestException}), the caller made the mistake: 400 with the reason alone,
 * not behind the resource's own "Cannot complete task …"; the task stays open and nothing was stored;</li>
 * <li>acting on a task or instance of another gemeente (a tenant the user is not a member of) is refused by
 * the engine with a generic failure, again a 500. It is answered 404, as reading it is: the REST API does not
 * tell a user of one gemeente what exists in another.</li>
 * </ul>
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(klasse -> klasse != RestExceptionHandler.class && klasse != ProcessEngineExceptionHandler.class)
                .collect(Collectors.toSet()));
        register(VerpakteFoutHandler.class);
        register(EngineFoutHandler.class);
        register(JacksonFeature.class);
    }

    /** A failure wrapped by a REST resource. */
    public static class VerpakteFoutHandler extends RestExceptionHandler {

        @Override
        public Response toResponse(RestException exception) {
            return herken(exception).orElseGet(() -> super.toResponse(exception));
        }
    }

    /** A failure of the engine that reaches the REST API as it is. */
    public static class EngineFoutHandler extends ProcessEngineExceptionHandler {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return herken(exception).orElseGet(() -> super.toResponse(exception));
        }
    }

    /** The engine's message for a command on a tenant the user is not a member of (CommandLogger 034). */
    private static final String ANDERE_TENANT = "belongs to no authenticated tenant";

    static Optional<Response> herken(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof BadUserRequestException || oorzaak instanceof Stapweigering) {
                var ongeldig = (ProcessEngineException) oorzaak;
                return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ExceptionDto.fromException(ongeldig)).build());
            }
            if (oorzaak instanceof ProcessEngineException && oorzaak.getMessage() != null
                    && oorzaak.getMessage().contains(ANDERE_TENANT)) {
                var nietGevonden = new ExceptionDto();
                nietGevonden.setType("InvalidRequestException");
                nietGevonden.setMessage("Niet gevonden.");
                return Optional.of(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(nietGevonden).build());
            }
        }
        return Optional.empty();
    }
}
