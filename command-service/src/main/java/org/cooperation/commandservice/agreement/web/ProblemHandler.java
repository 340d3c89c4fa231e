package org.cooperation.commandservice.agreement.web;

import static org.cooperation.websecurity.Problems.problem;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.commandservice.agreement.RuleViolation;
import org.cooperation.websecurity.ParameterProblems;
import org.cooperation.websecurity.ParameterProblems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every refused command with an RFC 7807 problem detail that names the field and the
 * rule. No stack trace, class name or SQL ever leaves the service.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), ruleOf(error), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem = unreadable(e);
        String detail = problem.field() == null ? problem.message() : problem.field() + " " + problem.message();
        return ResponseEntity.badRequest()
                .body(invalid(detail, problem.field() == null ? List.of() : List.of(problem)));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        FieldProblem problem = new FieldProblem(e.field(), e.rule(), e.getMessage());
        return ResponseEntity.badRequest().body(invalid(e.getMessage(), List.of(problem)));
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ResponseEntity<ProblemDetail> invalidHeader(InvalidHeaderException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-header", "Invalid header", e.getMessage());
        problem.setProperty("header", e.header());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "rule-violation",
                "The agreement's rules refuse this command",
                e.getMessage());
        problem.setProperty("rule", e.rule().code());
        problem.setProperty("field", e.field());
        problem.setProperty("ruleDescription", e.rule().description());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return conflict("agreement-exists", "An agreement with this id already exists");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(
                        HttpStatus.NOT_FOUND,
                        "agreement-not-found",
                        "No such agreement",
                        "No agreement with id " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(EventStoreException e) {
        log.error("event store failure", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "store-unavailable",
                        "The record is unavailable",
                        "Nothing was recorded; retry later"));
    }

    /** Anything unforeseen: logged here in full, answered without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Internal error",
                        "The command could not be handled; it may not have been recorded"));
    }

    private static ResponseEntity<ProblemDetail> conflict(String type, String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, type, "Conflict", detail));
    }

    private static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static final Map<String, String> RULES = Map.of(
            "NotNull", "required",
            "NotBlank", "required",
            "NotEmpty", "required",
            "Size", "size",
            "Min", "minimum",
            "Max", "maximum",
            "Pattern", "format",
            "IsoCountry", "iso-3166-1",
            "Email", "format");

    private static String ruleOf(FieldError error) {
        String code = error.getCode() == null ? "invalid" : error.getCode();
        return RULES.getOrDefault(code, code.toLowerCase(Locale.ROOT));
    }

    /** Finds which field of the JSON could not be read, from Jackson's path, and what it must look like. */
    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof InvalidValueException invalid) {
            return new FieldProblem(invalid.field(), invalid.rule(), invalid.getMessage());
        }
        StreamReadException syntax = outermost(e, StreamReadException.class);
        if (syntax != null
                && syntax.getOriginalMessage().startsWith("Duplicate field")
                && syntax.getProcessor() != null) {
            // Jackson's error has no path for a repeated property; its parser stands on the second one.
            return new FieldProblem(
                    path(syntax.getProcessor().getParsingContext()), "duplicate-property", "is given more than once");
        }
        JsonMappingException mapping = outermost(e, JsonMappingException.class);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "unknown-property", "is not a known property");
        }
        if (mapping instanceof MismatchedInputException mismatch
                && mismatch.getPath().isEmpty()) {
            return new FieldProblem(null, "json", "The body must be one JSON object, and nothing after it");
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return ParameterProblems.typeProblem(path(mismatch), mismatch.getTargetType());
        }
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return new FieldProblem(path(mapping), "format", "has a value that cannot be read");
        }
        return new FieldProblem(null, "json", "The body is not valid JSON");
    }

    private static <T extends Throwable> T outermost(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The property the parser stands on, written as Jackson's path would be ({@code parties[0].name}). */
    private static String path(JsonStreamContext context) {
        String path = "";
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inObject() && level.getCurrentName() != null) {
                path = "." + level.getCurrentName() + path;
            } else if (level.inArray()) {
                path = "[" + Math.max(0, level.getCurrentIndex()) + "]" + path;
            }
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
