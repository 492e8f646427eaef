package nl.jeugdhulp.toegang.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The problem+json answers of our API, also for the filters that answer before Spring MVC is reached. */
public final class Problemen {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problemen() {
    }

    public static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        return problem;
    }

    static ProblemDetail teGroot() {
        return probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                "Het verzoek is groter dan " + RequestSizeFilter.MAX_BYTES + " bytes.");
    }

    public static void schrijf(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), problem);
    }
}
