package org.cooperation.websecurity;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat answers itself, for requests that never reach Spring (a malformed URL, headers too
 * large, {@code TRACE}): a problem detail like every other answer, instead of Tomcat's HTML page.
 * An error status someone set without writing a body (the actuator's 404 for a health component
 * the caller may not see) gets one too. It names only the status; the request is not echoed.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        if (response.isError() ? !response.setErrorReported() : response.isCommitted()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type =
                known == null ? "error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String body = "{\"type\":\"" + Problems.TYPE_PREFIX + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + title + "\"}";
        try {
            // The body is ASCII only, so it needs no charset, like every other problem detail here.
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already on its way; nothing more can be said.
        }
    }
}
