package nl.jeugdhulp.toegang.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.jeugdhulp.toegang.fout.Probleem;
import nl.jeugdhulp.toegang.fout.Problemen;

/**
 * Caps request bodies of our API and of the engine's REST API. A declared length over the cap is refused at
 * once with 413 problem+json, before anything is read. A chunked body is cut off while it is read: our API's
 * exception handler answers that with 413, the engine's REST API with 400.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    /** A melding is a few kilobytes; 64 KiB leaves room for a long hulpvraag in any encoding. */
    static final int MAX_BYTES = 64 * 1024;
    /**
     * Process designers deploy from Camunda Modeler via /engine-rest/deployment/create (multipart): all our models
     * and forms together are about 310 KB, the largest model under 100 KB. 5 MiB leaves room for years of growth
     * and still refuses what is no model; every other engine call carries a few KB of JSON.
     */
    static final int MAX_BYTES_ENGINE = 5 * 1024 * 1024;

    private final long maxBytes;
    private final Problemen problemen;

    private RequestSizeFilter(long maxBytes, Problemen problemen) {
        this.maxBytes = maxBytes;
        this.problemen = problemen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problemen.schrijf(response, teGroot(maxBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    static ProblemDetail teGroot(long maxBytes) {
        return Probleem.van(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                "Het verzoek is groter dan " + maxBytes + " bytes.");
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream bron = super.getInputStream();
            return new ServletInputStream() {
                private long gelezen;

                @Override
                public int read() throws IOException {
                    int b = bron.read();
                    if (b >= 0 && ++gelezen > maxBytes) {
                        throw new RequestTooLargeException(maxBytes);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int lengte) throws IOException {
                    int n = bron.read(buffer, offset, lengte);
                    if (n > 0 && (gelezen += n) > maxBytes) {
                        throw new RequestTooLargeException(maxBytes);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return bron.isFinished();
                }

                @Override
                public boolean isReady() {
                    return bron.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    bron.setReadListener(listener);
                }
            };
        }
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(Problemen problemen) {
            return registratie("requestSizeFilter", new RequestSizeFilter(MAX_BYTES, problemen), "/api/*");
        }

        /** The webapps call the same engine API under /camunda/api, so the same cap holds there. */
        @Bean
        FilterRegistrationBean<RequestSizeFilter> engineRequestSizeFilter(Problemen problemen) {
            return registratie("engineRequestSizeFilter", new RequestSizeFilter(MAX_BYTES_ENGINE, problemen),
                    "/engine-rest/*", "/camunda/api/*");
        }

        private static FilterRegistrationBean<RequestSizeFilter> registratie(String naam, RequestSizeFilter filter,
                                                                             String... paden) {
            var registratie = new FilterRegistrationBean<>(filter);
            registratie.setName(naam);
            registratie.addUrlPatterns(paden);
            registratie.setOrder(1);
            return registratie;
        }
    }
}
