package nl.jeugdhulp.toegang.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;

import nl.jeugdhulp.toegang.fout.Probleem;
import nl.jeugdhulp.toegang.fout.Problemen;

/**
 * Login for {@code /api/**}: Camunda's own {@link ProcessEngineAuthenticationFilter}, as on the engine's REST API,
 * so the user, their groups and their tenants are set on the engine for the request and every engine call our
 * controllers make is checked by the engine's authorizations. Accepted are HTTP Basic against the identity
 * service (Camunda's provider, with its waits after wrong passwords) and, for reading only, the session of a user
 * logged in to the webapps. Without either: 401 as problem+json.
 */
class ApiAanmelding implements AuthenticationProvider {

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
    private final Problemen problemen;

    ApiAanmelding(Problemen problemen) {
        this.problemen = problemen;
    }

    /** The filter with this provider, instead of one the filter would create from its init parameter. */
    ProcessEngineAuthenticationFilter filter() {
        return new ProcessEngineAuthenticationFilter() {
            @Override
            public void init(FilterConfig config) {
                authenticationProvider = ApiAanmelding.this;
            }
        };
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult resultaat = basic.extractAuthenticatedUser(request, engine);
        if (resultaat.isAuthenticated() || !"GET".equals(request.getMethod())) {
            return resultaat;
        }
        return webappSessie(request, engine).map(AuthenticationResult::successful).orElse(resultaat);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"jeugdhulp\", charset=\"UTF-8\"");
        try {
            problemen.schrijf(response, Probleem.van(HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "Meld je aan met je gebruikersnaam en wachtwoord (HTTP Basic)."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A letter linked from a Tasklist form opens in the browser with Tasklist's session, not with Basic. Only for
     * reading (GET), so a session cookie can never change anything here: no CSRF risk.
     */
    private static Optional<String> webappSessie(HttpServletRequest request, ProcessEngine engine) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(AuthenticationUtil.getAuthsFromSession(sessie))
                .map(authenticaties -> authenticaties.getAuthenticationForProcessEngine(engine.getName()))
                .map(Authentication::getIdentityId);
    }
}
