package org.cooperation.websecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Writes RFC 7807 problem details from places outside Spring MVC's exception handling: the
 * security filters, the body size filter and the error page. The same type URNs as the
 * services' own problem handlers, and never a stack trace, class name or SQL.
 */
public class Problems {

    public static final String TYPE_PREFIX = "urn:cooperation-agreements:problem:";

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    /** A 404 with a problem detail of this type, for a controller to throw. */
    public static ErrorResponseException notFound(String type, String detail) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, type, "Not found", detail), null);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The path asked for, as MVC's own problem details give it (on the error page: the path that
     * failed, not the error page's); none when it is not a valid URI.
     */
    private static URI instance(HttpServletRequest request) {
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(failedPath instanceof String path ? path : request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
