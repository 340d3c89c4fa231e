package org.cooperation.websecurity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Query parameters that are unknown, repeated, missing or of the wrong type, answered in both
 * services as a request body's fields are: 400 with {@code errors} naming each parameter and its
 * rule. It goes before the services' own problem handlers, which would otherwise give Spring's
 * plainer wording (or, for an unknown parameter, treat it as unexpected).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ParameterProblems {

    /** One broken rule of a request: which field or parameter, which rule, in words. */
    public record FieldProblem(String field, String rule, String message) {}

    @ExceptionHandler(RefusedParametersException.class)
    ResponseEntity<ProblemDetail> refused(RefusedParametersException e) {
        return invalid(e.names().stream()
                .map(name -> new FieldProblem(name, e.rule(), e.getMessage()))
                .toList());
    }

    /**
     * The rule names match the body's: {@code iso-date}, {@code allowed-values}, ...; a value of
     * the right type that breaks a rule of {@link StrictParameters} is named with that rule.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictParameters.ParameterRuleException broken) {
                return invalid(List.of(new FieldProblem(e.getName(), broken.rule(), broken.getMessage())));
            }
        }
        return invalid(List.of(typeProblem(e.getName(), e.getRequiredType())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return invalid(List.of(new FieldProblem(e.getParameterName(), "required", "must be given")));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * What a value of this type must look like, in the contract's words (never a Java type's
     * name): for a query parameter here, and for a property of a request body alike.
     */
    public static FieldProblem typeProblem(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return new FieldProblem(name, "iso-date", "must be an ISO-8601 date such as 2016-04-28");
        }
        if (type == Instant.class) {
            return new FieldProblem(name, "iso-instant", "must be an ISO-8601 instant such as 2024-06-01T00:00:00Z");
        }
        if (type != null && type.isEnum()) {
            return new FieldProblem(
                    name, "allowed-values", "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        if (type == Boolean.class || type == boolean.class) {
            return new FieldProblem(name, "boolean", "must be true or false");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return new FieldProblem(name, "integer", "must be a whole number");
        }
        if (type == String.class) {
            return new FieldProblem(name, "type", "must be a string");
        }
        if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
            return new FieldProblem(name, "type", "must be an array");
        }
        if (type != null && (type.isRecord() || Map.class.isAssignableFrom(type))) {
            return new FieldProblem(name, "type", "must be an object");
        }
        return new FieldProblem(name, "format", "has a value that cannot be read");
    }
}
