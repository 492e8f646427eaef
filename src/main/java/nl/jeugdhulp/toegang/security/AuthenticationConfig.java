package nl.jeugdhulp.toegang.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jeugdhulp.toegang.fout.Problemen;

/**
 * No endpoint without authentication: our API, the engine's REST API and the actuator (but for the health the
 * load balancer asks) demand HTTP Basic. The webapps (Tasklist, Cockpit, Admin) keep their own session login and
 * CSRF protection.
 */
@Configuration
class AuthenticationConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(Problemen problemen) {
        var registratie = new FilterRegistrationBean<>(new ApiAanmelding(problemen).filter());
        registratie.setName("apiAuthenticationFilter");
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(0);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registratie = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registratie.addUrlPatterns("/engine-rest/*");
        registratie.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registratie.setOrder(0);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<BeheerAuthenticationFilter> beheerAuthenticationFilter(IdentityService identityService,
                                                                                  Problemen problemen) {
        var registratie = new FilterRegistrationBean<>(new BeheerAuthenticationFilter(identityService, problemen));
        registratie.addUrlPatterns("/actuator", "/actuator/*");
        registratie.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registratie.addInitParameter("rest-url-pattern-prefix", "/actuator");
        registratie.setOrder(0);
        return registratie;
    }
}
