package org.cooperation.commandservice.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/**
 * The answer to the first request with an idempotency key, as it is kept and given again:
 * status, the headers that describe the result (where it is, which version), and the body.
 */
record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {

    /** Tells a client that this answer is the first request's, given again. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static StoredResponse of(CapturedResponse response) {
        return new StoredResponse(
                response.status(),
                response.header(HttpHeaders.CONTENT_TYPE),
                response.header(HttpHeaders.LOCATION),
                response.header(HttpHeaders.ETAG),
                response.body());
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setHeader(REPLAYED_HEADER, "true");
        if (location != null) {
            response.setHeader(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
