package nl.jeugdhulp.toegang.fout;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Writes the problem+json answers of the filters that answer before Spring MVC is reached (login, request
 * size), with Boot's own ObjectMapper, as Spring MVC writes the controllers' answers.
 */
@Component
public class Problemen {

    private final ObjectMapper json;

    Problemen(ObjectMapper json) {
        this.json = json;
    }

    public void schrijf(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}
