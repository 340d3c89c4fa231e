package org.cooperation.queryservice.web;

import static org.cooperation.websecurity.Problems.problem;

import java.util.List;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.queryservice.projection.progress.StaleReadException;
import org.cooperation.websecurity.ParameterProblems;
import org.cooperation.websecurity.ParameterProblems.FieldProblem;
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
    /** How long a client reading its writes should wait before asking again. */
    private static final String RETRY_AFTER_SECONDS = "1";

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
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "stale", "The read model is behind", e.getMessage());
        problem.setProperty("minVersion", e.minVersion());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * A value that is not even of its type, outside a handler's arguments (those are answered by
     * {@link ParameterProblems} first), in the same words.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalidBody(ParameterProblems.typeProblem(e.getPropertyName(), e.getRequiredType())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Internal error",
                        "The query could not be answered"));
    }

    private static ResponseEntity<ProblemDetail> invalid(FieldProblem problem) {
        return ResponseEntity.badRequest().body(invalidBody(problem));
    }

    private static ProblemDetail invalidBody(FieldProblem field) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field.message());
        problem.setProperty("errors", List.of(field));
        return problem;
    }
}
