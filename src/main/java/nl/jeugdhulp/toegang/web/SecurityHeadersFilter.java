package nl.jeugdhulp.toegang.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our API and the engine's REST API answer with data, never with a page: a browser may not guess another type,
 * run or frame it, or pass its address on. Nothing is stored in a browser or proxy cache, since these answers
 * carry children's data. The webapps under /camunda get their headers from Camunda's own filter
 * ({@code camunda.bpm.webapp.header-security}).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        chain.doFilter(request, new NoStoreResponse(response));
    }

    /**
     * The engine's REST API answers a GET with "Cache-Control: no-cache", which still lets a cache store it: a
     * later Cache-Control is ignored. A later Content-Security-Policy (a letter's, see DocumentController)
     * replaces ours instead of being added to it, as a browser would apply both.
     */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        private static final String CSP = "Content-Security-Policy";

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String naam, String waarde) {
            if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(naam)) {
                super.setHeader(naam, waarde);
            }
        }

        @Override
        public void addHeader(String naam, String waarde) {
            if (CSP.equalsIgnoreCase(naam)) {
                super.setHeader(naam, waarde);
            } else if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(naam)) {
                super.addHeader(naam, waarde);
            }
        }
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
            var registratie = new FilterRegistrationBean<>(new SecurityHeadersFilter());
            registratie.addUrlPatterns("/api/*", "/engine-rest/*");
            // Before authentication (order 0), so that a refusal carries the headers too.
            registratie.setOrder(-1);
            return registratie;
        }
    }
}
