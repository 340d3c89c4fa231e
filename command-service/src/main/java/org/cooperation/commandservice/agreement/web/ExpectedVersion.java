package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** The version a client last saw, from {@code If-Match: "3"} (quotes optional). */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static Optional<Long> from(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidHeaderException(HttpHeaders.IF_MATCH, "must be a version number such as \"3\"");
        }
    }
}
