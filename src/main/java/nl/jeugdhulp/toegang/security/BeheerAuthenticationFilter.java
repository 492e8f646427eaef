package nl.jeugdhulp.toegang.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.HttpStatus;

import nl.jeugdhulp.toegang.fout.Probleem;
import nl.jeugdhulp.toegang.fout.Problemen;
import nl.jeugdhulp.toegang.proces.Groepen;

/**
 * The actuator: {@code /actuator/health} and its groups (liveness, readiness) answer anyone, for the load
 * balancer; only the status is given, per component. Everything else there, the metrics first, is for
 * administrators: HTTP Basic as for the engine's REST API (Camunda's own filter, with its brute-force waits),
 * then membership of {@code camunda-admin} or {@value Groepen#BEHEERDERS}.
 */
class BeheerAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final IdentityService identityService;
    private final Problemen problemen;

    BeheerAuthenticationFilter(IdentityService identityService, Problemen problemen) {
        this.identityService = identityService;
        this.problemen = problemen;
    }

    @Override
    protected boolean requiresEngineAuthentication(String pad) {
        return !(pad.equals("/health") || pad.startsWith("/health/"));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        super.doFilter(request, response, (verzoek, antwoord) -> {
            Authentication wie = identityService.getCurrentAuthentication();
            if (wie == null || wie.getGroupIds().contains(Groepen.BEHEERDERS)
                    || wie.getGroupIds().contains(Groepen.CAMUNDA_ADMIN)) {
                chain.doFilter(verzoek, antwoord);
            } else {
                problemen.schrijf((HttpServletResponse) antwoord, Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang",
                        "Alleen beheerders zien de metingen van de installatie."));
            }
        });
    }
}
