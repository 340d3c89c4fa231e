package org.cooperation.websecurity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the stated limit with 413, before anything parses it, and
 * keeps an accepted body in memory ({@link CachedBodyRequest}). A declared Content-Length over the
 * limit is refused without reading; a chunked body is read up to one byte past the limit.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long limit;
    private final Problems problems;

    public BodySizeLimitFilter(long limit, Problems problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS_WITH_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, request.getContentLengthLong());
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        }
        if (body.length > limit) {
            refuse(request, response, -1);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
        String size = declared >= 0 ? declared + " bytes" : "more than " + limit + " bytes";
        ProblemDetail problem = Problems.problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "Request body too large",
                "The body is " + size + "; the limit is " + limit + " bytes");
        problem.setProperty("limit", limit);
        problems.write(request, response, problem);
    }
}
