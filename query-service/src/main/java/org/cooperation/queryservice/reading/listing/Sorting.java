package org.cooperation.queryservice.reading.listing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cooperation.agreement.api.InvalidValueException;

/** The order of a list: {@code sort=termEndsOn} or {@code sort=termEndsOn,desc}; ties go by agreement id. */
public record Sorting(Key key, boolean descending) {

    /** What a list can be sorted by, and the column behind it. */
    public enum Key {
        agreementId("agreement_id"),
        title("title"),
        status("status_today"),
        signedOn("signed_on"),
        termEndsOn("term_ends_on"),
        lastDayInForce("last_day_in_force"),
        nextMeetingDue("next_meeting_due");

        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    public static Sorting parse(String text) {
        String[] parts = text.split(",", -1);
        Key key = Arrays.stream(Key.values())
                .filter(k -> k.name().equals(parts[0]))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "sort",
                        "allowed-values",
                        "must be one of "
                                + Arrays.stream(Key.values()).map(Key::name).collect(Collectors.joining(", "))
                                + ", optionally followed by ,asc or ,desc"));
        if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
            throw new InvalidValueException("sort", "direction", "must end in ,asc or ,desc when it names a direction");
        }
        return new Sorting(key, parts.length == 2 && parts[1].equals("desc"));
    }

    /** The ORDER BY clause; built from the enum only, never from the request's text. */
    String orderBy() {
        return key.column + (descending ? " DESC" : " ASC") + " NULLS LAST, agreement_id";
    }

    @Override
    public String toString() {
        return key.name() + (descending ? ",desc" : ",asc");
    }
}
