package org.cooperation.commandservice.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cooperation.websecurity.Problems;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the client's {@code X-Correlation-Id}, or a new UUID. It
 * is stored with the events the request causes, sent back in the same header (so a client that
 * sent none learns the one it got) and put into the log's MDC. A value that could break a log
 * line or a header (control characters, over 200 characters) is refused with 400.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final int MAX_LENGTH = 200;
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final String MDC_KEY = "correlationId";

    private final Problems problems;

    public CorrelationIdFilter(Problems problems) {
        this.problems = problems;
    }

    /** The correlation id of this request, as the filter chose it. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            throw new IllegalStateException("the correlation id filter did not run for " + request.getRequestURI());
        }
        return id.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given != null && !given.isBlank() && !FORMAT.matcher(given).matches()) {
            ProblemDetail problem = Problems.problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-header",
                    "Invalid header",
                    HEADER + " must be 1 to " + MAX_LENGTH + " visible ASCII characters");
            problem.setProperty("header", HEADER);
            problems.write(request, response, problem);
            return;
        }
        String id = given == null || given.isBlank() ? UUID.randomUUID().toString() : given;
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
