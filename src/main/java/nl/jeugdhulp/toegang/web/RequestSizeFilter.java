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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies of our API. A declared length over the cap is refused at once; a chunked body is cut
 * off while it is read, which the exception handler answers with 413 problem+json.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    /** A melding is a few kilobytes; 64 KiB leaves room for a long hulpvraag in any encoding. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            Problemen.schrijf(response, Problemen.teGroot());
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream bron = super.getInputStream();
            return new ServletInputStream() {
                private long gelezen;

                @Override
                public int read() throws IOException {
                    int b = bron.read();
                    if (b >= 0 && ++gelezen > MAX_BYTES) {
                        throw new RequestTooLargeException();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int lengte) throws IOException {
                    int n = bron.read(buffer, offset, lengte);
                    if (n > 0 && (gelezen += n) > MAX_BYTES) {
                        throw new RequestTooLargeException();
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
        FilterRegistrationBean<RequestSizeFilter> requestSizeFilter() {
            var registratie = new FilterRegistrationBean<>(new RequestSizeFilter());
            registratie.addUrlPatterns("/api/*");
            registratie.setOrder(1);
            return registratie;
        }
    }
}
