package nl.jeugdhulp.toegang.web;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import nl.jeugdhulp.toegang.web.OngeldigeInvoerException.Veldfout;

/**
 * Every error of our API as {@code application/problem+json}. Bad input names each offending field under
 * {@code fouten}; nothing of the request has been stored by then. Unexpected failures are logged and
 * answered without internals.
 */
@RestControllerAdvice(basePackages = "nl.jeugdhulp.toegang")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoerException e) {
        return ongeldig(e.fouten());
    }

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return Problemen.probleem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail geenToestemming(AuthorizationException e) {
        return Problemen.probleem(HttpStatus.FORBIDDEN, "Geen toestemming",
                "Je rol geeft geen toestemming voor deze handeling.");
    }

    @ExceptionHandler(GeenToegangException.class)
    ProblemDetail geenToegang(GeenToegangException e) {
        return Problemen.probleem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
    }

    @ExceptionHandler(NietMogelijkException.class)
    ProblemDetail nietMogelijk(NietMogelijkException e) {
        return Problemen.probleem(HttpStatus.CONFLICT, "Niet mogelijk in deze fase", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail verkeerdType(MethodArgumentTypeMismatchException e) {
        return ongeldig(List.of(new Veldfout(e.getName(), "ongeldige waarde: " + e.getValue())));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onverwacht(Exception e) {
        LOG.error("Onverwachte fout in de API", e);
        return Problemen.probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis bij het verwerken van het verzoek.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof RequestTooLargeException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problemen.teGroot());
        }
        return ResponseEntity.badRequest().body(ongeldig(List.of(veldfout(e.getCause()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ongeldig(List.of(new Veldfout(e.getParameterName(), "is verplicht"))));
    }

    private static Veldfout veldfout(Throwable oorzaak) {
        if (oorzaak instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String veld = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new Veldfout(veld, "ongeldige of onbekende waarde");
        }
        if (oorzaak instanceof JsonProcessingException) {
            return new Veldfout("body", "geen geldige JSON");
        }
        return new Veldfout("body", "ontbreekt of is onleesbaar");
    }

    private static ProblemDetail ongeldig(List<Veldfout> fouten) {
        ProblemDetail problem = Problemen.probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                fouten.stream().map(f -> f.veld() + ": " + f.melding()).collect(Collectors.joining("; ")));
        problem.setProperty("fouten", fouten);
        return problem;
    }
}
