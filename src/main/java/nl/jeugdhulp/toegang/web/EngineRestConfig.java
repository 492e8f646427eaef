package nl.jeugdhulp.toegang.web;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API as the starter configures it, with one change: when a step refuses its input
 * (a listener throws a {@link BadUserRequestException}, e.g. "gesprekDatum ligt in de toekomst"), the
 * engine wraps that in a generic failure and the REST API would answer 500. The caller made the mistake,
 * so it gets 400 with the reason; the task stays open and nothing was stored.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(klasse -> klasse != RestExceptionHandler.class).collect(Collectors.toSet()));
        register(OngeldigeStapinvoerHandler.class);
        register(JacksonFeature.class);
    }

    public static class OngeldigeStapinvoerHandler extends RestExceptionHandler {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable oorzaak = exception.getCause(); oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof BadUserRequestException ongeldig) {
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(ExceptionDto.fromException(ongeldig)).build();
                }
            }
            return super.toResponse(exception);
        }
    }
}
