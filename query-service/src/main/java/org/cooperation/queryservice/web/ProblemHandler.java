package org.cooperation.queryservice.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.queryservice.projection.progress.StaleReadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 7807 answers for the query API; nothing internal ever leaves the service. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_PREFIX = "urn:cooperation-agreements:problem:";
    /** How long a client reading its writes should wait before asking again. */
    private static final String RETRY_AFTER_SECONDS = "1";

    /** One broken rule of a request: which parameter, which rule, in words. */
    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e) {
        return ResponseEntity.status(e.status()).body(problem(e.status(), e.type(), e.title(), e.getMessage()));
    }

    /** A parameter that breaks its rule; also a value object's own rule, such as a party code's format. */
    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        return invalid(new FieldProblem(e.field(), e.rule(), e.getMessage()));
    }

    @ExceptionHandler(StaleReadException.class)
    ResponseEntity<ProblemDetail> stale(StaleReadException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "stale", "The read model is behind",
                e.getMessage());
        problem.setProperty("minVersion", e.minVersion());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** A parameter that is not even of its type, such as {@code asOf=yesterday}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getRequiredType();
        String field = e.getPropertyName();
        FieldProblem problem;
        if (type == LocalDate.class) {
            problem = new FieldProblem(field, "iso-date", field + ": must be an ISO-8601 date such as 2020-01-01");
        } else if (type == Instant.class) {
            problem = new FieldProblem(field, "iso-instant",
                    field + ": must be an ISO-8601 instant such as 2024-06-01T00:00:00Z");
        } else if (type != null && type.isEnum()) {
            problem = new FieldProblem(field, "allowed-values",
                    field + ": must be one of " + Arrays.toString(type.getEnumConstants()));
        } else if (type == Boolean.class || type == boolean.class) {
            problem = new FieldProblem(field, "boolean", field + ": must be true or false");
        } else {
            problem = new FieldProblem(field, "integer", field + ": must be a whole number");
        }
        return ResponseEntity.badRequest().body(invalidBody(problem));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Internal error", "The query could not be answered"));
    }

    private static ResponseEntity<ProblemDetail> invalid(FieldProblem problem) {
        return ResponseEntity.badRequest().body(invalidBody(problem));
    }

    private static ProblemDetail invalidBody(FieldProblem field) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field.message());
        problem.setProperty("errors", List.of(field));
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
