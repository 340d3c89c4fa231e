package org.cooperation.websecurity;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page. Whatever ends up there (an exception outside Spring MVC, a
 * {@code sendError} from the container) is answered with a problem detail that names only the
 * status: what went wrong inside is logged here, never sent. It writes the JSON itself, so a
 * client that asks for HTML still gets no whitelabel page.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable throwable && status.is5xxServerError()) {
            log.error("request to {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), throwable);
        }
        String type = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String detail = status.is5xxServerError()
                ? "The request could not be handled; it may not have been recorded"
                : status.getReasonPhrase();
        problems.write(request, response, Problems.problem(status, type, status.getReasonPhrase(), detail));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
