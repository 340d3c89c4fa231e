package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * The version a client last saw, from {@code If-Match: "3"}: exactly the strong ETag the service
 * sends. A weak tag, an unquoted or negative number, a list or {@code *} is refused rather than
 * read as some version, since a guess would let a command through on a view the client never had.
 */
final class ExpectedVersion {

    private static final Pattern VERSION = Pattern.compile("\"([0-9]{1,18})\"");

    private ExpectedVersion() {}

    static Optional<Long> from(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        var version = VERSION.matcher(header.trim());
        if (!version.matches()) {
            throw new InvalidHeaderException(
                    HttpHeaders.IF_MATCH,
                    "format",
                    "must be one version as the ETag gives it, in double quotes, such as \"3\"");
        }
        return Optional.of(Long.parseLong(version.group(1)));
    }
}
