package nl.jeugdhulp.toegang.termijnbewaking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.context.ApplicationContext;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard's backend in Cockpit: {@code /camunda/api/cockpit/plugin/termijnbewaking/{engine}/overzicht}, for the
 * one engine here ({@code default}). Cockpit's own security has set the logged-in user, their groups and tenants on
 * the engine, so {@link Termijnoverzicht} applies the same rules as {@code GET /api/termijnbewaking}, and answers with
 * the same JSON. Jersey creates this resource, not Spring: it takes the application's beans from the servlet context.
 */
@Path("plugin/" + TermijnbewakingPlugin.ID)
public class TermijnbewakingPluginResource extends AbstractCockpitPluginRootResource {

    public TermijnbewakingPluginResource() {
        super(TermijnbewakingPlugin.ID);
    }

    @GET
    @Path("{engine}/overzicht")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response overzicht(@QueryParam("gemeente") String gemeente)
            throws JsonProcessingException {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        ObjectMapper json = spring.getBean(ObjectMapper.class);
        try {
            Overzicht overzicht = spring.getBean(Termijnoverzicht.class).overzicht(gemeente);
            return Response.ok(json.writeValueAsString(overzicht), MediaType.APPLICATION_JSON).build();
        } catch (ErrorResponseException geweigerd) {
            return Response.status(geweigerd.getStatusCode().value()).type("application/problem+json")
                    .entity(json.writeValueAsString(geweigerd.getBody())).build();
        }
    }
}
