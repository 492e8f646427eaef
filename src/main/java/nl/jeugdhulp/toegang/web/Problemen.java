package nl.jeugdhulp.toegang.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.jeugdhulp.toegang.fout.Probleem;

/**
 * The problem+json answers of the filters that answer before Spring MVC is reached, written with Boot's own
 * ObjectMapper, so they look exactly like the answers of the controllers.
 */
@Component
public class Problemen {

    private final ObjectMapper json;

    Problemen(ObjectMapper json) {
        this.json = json;
    }

    static ProblemDetail teGroot(long maxBytes) {
        return Probleem.van(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                "Het verzoek is groter dan " + maxBytes + " bytes.");
    }

    public void schrijf(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}
