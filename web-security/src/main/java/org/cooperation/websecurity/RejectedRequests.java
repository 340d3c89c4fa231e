package org.cooperation.websecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests Spring Security's firewall refuses before anything else sees them: a method no
 * endpoint takes ({@code TRACE}, {@code CONNECT}, an invented one) is a 405, anything else (an
 * encoded slash, a control character in a header...) a 400; both as problem details. Spring's own
 * handler sends the status alone, and its error page, asked for with the same request, is
 * refused by the same firewall, so the answer had no body.
 */
public class RejectedRequests implements RequestRejectedHandler {

    /** The methods the firewall lets through (StrictHttpFirewall's defaults). */
    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Problems problems;

    public RejectedRequests(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        HttpStatus status =
                ALLOWED.contains(request.getMethod()) ? HttpStatus.BAD_REQUEST : HttpStatus.METHOD_NOT_ALLOWED;
        String detail = status == HttpStatus.BAD_REQUEST
                ? "The request's path or headers contain characters that are not allowed"
                : "No endpoint takes this method";
        String type = status == HttpStatus.BAD_REQUEST ? "bad-request" : "method-not-allowed";
        problems.write(request, response, Problems.problem(status, type, status.getReasonPhrase(), detail));
    }
}
