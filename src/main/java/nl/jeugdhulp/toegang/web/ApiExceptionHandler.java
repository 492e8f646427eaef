package nl.jeugdhulp.toegang.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
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

import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException.Veldfout;
import nl.jeugdhulp.toegang.fout.OngeldigeInvoerException;
import nl.jeugdhulp.toegang.fout.Probleem;

/**
 * Every error of our API as {@code application/problem+json}. Bad input names each offending field under
 * {@code fouten}; nothing of the request has been stored by then. Our own errors (package fout) carry their
 * problem as {@code ErrorResponseException}s, which the handler this class inherits renders. Unexpected failures are logged and
 * answered without internals.
 * <p>
 * For every handler, not only our controllers: a request that reaches none (an unknown path under {@code /api},
 * a method the path does not have) has no controller whose package could match, and would get Spring Boot's
 * plain error JSON instead (Boot's own problem+json handler is not created while this one exists).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Object> geenToestemming(AuthorizationException e) {
        return antwoord(Probleem.van(HttpStatus.FORBIDDEN, "Geen toestemming",
                "Je rol geeft geen toestemming voor deze handeling."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> verkeerdType(MethodArgumentTypeMismatchException e) {
        return antwoord(ongeldig(List.of(new Veldfout(e.getName(), "ongeldige waarde: " + e.getValue()))));
    }

    /**
     * A Content-Type with a wildcard ({@code *}{@code /*}, {@code application/*}) names no format a body can have.
     * Spring refuses it while reading the headers with an IllegalArgumentException instead of the
     * HttpMediaTypeNotSupportedException it throws for other types, which would make it a 500.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> ongeldigArgument(IllegalArgumentException e, HttpServletRequest request) {
        if (heeftJokerAlsContentType(request)) {
            return antwoord(Probleem.van(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type niet ondersteund",
                    "Een Content-Type met een jokerteken (*) zegt niet in welke vorm het lichaam is; stuur application/json."));
        }
        return onverwacht(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onverwacht(Exception e) {
        LOG.error("Onverwachte fout in de API", e);
        return antwoord(Probleem.van(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis bij het verwerken van het verzoek."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof RequestTooLargeException) {
            return antwoord(RequestSizeFilter.teGroot(RequestSizeFilter.MAX_BYTES));
        }
        return antwoord(ongeldig(List.of(veldfout(e.getCause()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return antwoord(ongeldig(List.of(new Veldfout(e.getParameterName(), "is verplicht"))));
    }

    /** The answers of the handlers this class inherits (wrong method, unknown path, unsupported type, ...). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        var metType = new HttpHeaders();
        metType.addAll(headers);
        metType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, metType, status);
    }

    /**
     * An error is problem+json whatever the Accept header asks: with an Accept it cannot parse, or one that excludes
     * JSON, Spring would otherwise send the status with an empty body.
     */
    private static ResponseEntity<Object> antwoord(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean heeftJokerAlsContentType(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
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
        return OngeldigeInvoerException.van(fouten).getBody();
    }
}
