package org.cooperation.websecurity;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path no endpoint serves, in both services: 404 with the same problem type as the error page
 * gives, instead of Spring's "No static resource ..." (neither service serves files of its own).
 * A known path asked with a method it does not take stays Spring's 405 with {@code Allow}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnknownPaths {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> unknownPath() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.problem(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        HttpStatus.NOT_FOUND.getReasonPhrase(),
                        "Nothing is served at this path; /v3/api-docs lists the paths"));
    }
}
