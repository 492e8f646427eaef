package nl.jeugdhulp.toegang.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.jeugdhulp.toegang.fout.Probleem;
import nl.jeugdhulp.toegang.fout.Problemen;

/**
 * HTTP Basic for {@code /api/**} against the Camunda identity service; for reading, also the session of a user
 * logged in to the webapps. The authenticated user, groups and
 * tenants are set on the engine for the request, so every engine call our controllers make is checked by
 * the engine's own authorizations.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Problemen problemen;

    ApiAuthenticationFilter(IdentityService identityService, Problemen problemen) {
        this.identityService = identityService;
        this.problemen = problemen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> gebruiker = aangemeld(request.getHeader("Authorization"));
        if (gebruiker.isEmpty() && "GET".equals(request.getMethod())) {
            gebruiker = webappSessie(request);
        }
        if (gebruiker.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"jeugdhulp\", charset=\"UTF-8\"");
            problemen.schrijf(response, Probleem.van(HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "Meld je aan met je gebruikersnaam en wachtwoord (HTTP Basic)."));
            return;
        }
        String id = gebruiker.get();
        List<String> groepen = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(id).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identityService.setAuthentication(id, groepen, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * A letter linked from a Tasklist form opens in the browser with Tasklist's session, not with Basic. Only for
     * reading (GET), so a session cookie can never change anything here: no CSRF risk.
     */
    private static Optional<String> webappSessie(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(AuthenticationUtil.getAuthsFromSession(sessie))
                .map(authenticaties -> authenticaties.getAuthenticationForProcessEngine(ProcessEngines.NAME_DEFAULT))
                .map(Authentication::getIdentityId);
    }

    private Optional<String> aangemeld(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int scheiding = decoded.indexOf(':');
        if (scheiding <= 0) {
            return Optional.empty();
        }
        String id = decoded.substring(0, scheiding);
        return identityService.checkPassword(id, decoded.substring(scheiding + 1)) ? Optional.of(id) : Optional.empty();
    }
}
