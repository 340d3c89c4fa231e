package org.cooperation.websecurity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body must have arrived within the stated time, or the request is answered 408 and
 * its connection closed. Tomcat's connection timeout bounds each pause between a body's bytes,
 * not the whole: a client sending a byte every few seconds would otherwise hold a worker thread
 * for as long as it likes. So a trickled body holds one for at most this limit plus one pause.
 */
public class BodyTimeLimitFilter extends OncePerRequestFilter {

    private final Duration limit;
    private final Problems problems;

    public BodyTimeLimitFilter(Duration limit, Problems problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public ServletInputStream getInputStream() throws IOException {
                            return new Deadlined(super.getInputStream(), deadline);
                        }
                    },
                    response);
        } catch (TooSlowException e) {
            if (!response.isCommitted()) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
                problems.write(
                        request,
                        response,
                        Problems.problem(
                                HttpStatus.REQUEST_TIMEOUT,
                                "request-timeout",
                                "Request body too slow",
                                "The body did not arrive within " + limit.toSeconds() + " s"));
            }
        }
    }

    private static final class TooSlowException extends IOException {}

    /** The body's stream, refusing to read on past the deadline. */
    private static final class Deadlined extends ServletInputStream {

        private final ServletInputStream body;
        private final long deadline;

        Deadlined(ServletInputStream body, long deadline) {
            this.body = body;
            this.deadline = deadline;
        }

        private void check() throws TooSlowException {
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlowException();
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            return body.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
