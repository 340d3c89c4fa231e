package org.cooperation.queryservice.reading.listing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.cooperation.agreement.api.InvalidValueException;

/**
 * Where a page by keyset ends: the sort, and the last item's sort value and agreement id. The next
 * page is the rows after it in the sort's order, which an index finds without counting past the
 * rows before it (as OFFSET would). Opaque to clients: base64url of the three, separated by NUL,
 * which no stored text holds.
 */
public record ListCursor(String sort, String key, String agreementId) {

    private static final String SEPARATOR = "\u0000";

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, sort, key, agreementId).getBytes(UTF_8));
    }

    /** The cursor a client sent back, for the list sorted by {@code sorting}. */
    public static ListCursor decode(String text, Sorting sorting) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw notACursor();
        }
        if (!parts[0].equals(sorting.toString())) {
            throw new InvalidValueException(
                    "cursor", "sort", "was given for sort=" + parts[0] + ", not for sort=" + sorting);
        }
        if (sorting.key().date() && !date(parts[1])) {
            throw notACursor();
        }
        return new ListCursor(parts[0], parts[1], parts[2]);
    }

    private static boolean date(String text) {
        if (text.equals("infinity") || text.equals("-infinity")) {
            return true;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static InvalidValueException notACursor() {
        return new InvalidValueException(
                "cursor", "format", "must be a nextCursor of this list, as the previous page gave it");
    }
}
