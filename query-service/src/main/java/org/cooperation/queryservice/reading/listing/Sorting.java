package org.cooperation.queryservice.reading.listing;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cooperation.agreement.api.InvalidValueException;

/**
 * The order of a list: {@code sort=termEndsOn} or {@code sort=termEndsOn,desc}; ties go by agreement id in the same
 * direction, and an item without the date sorted by comes last either way.
 */
public record Sorting(Key key, boolean descending) {

    /** What a list can be sorted by, and the column behind it. */
    public enum Key {
        agreementId("agreement_id", false),
        title("title", false),
        status(AgreementListRepository.STATUS_TODAY, false),
        signedOn("signed_on", true),
        termEndsOn("term_ends_on", true),
        lastDayInForce("last_day_in_force", true),
        nextMeetingDue("next_meeting_due", true);

        private final String column;
        private final boolean date;

        Key(String column, boolean date) {
            this.column = column;
            this.date = date;
        }

        boolean date() {
            return date;
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

    /**
     * The value a row is ordered by. A missing date is read as the end of time ascending and its beginning descending
     * (so it comes last, and a row comparison never meets a null); the expression is the one the V14 indexes are on.
     */
    String sortValue() {
        if (!key.date) {
            return key.column;
        }
        return "COALESCE(" + key.column + ", DATE '" + (descending ? "-infinity" : "infinity") + "')";
    }

    /** The ORDER BY clause; built from the enum only, never from the request's text. */
    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return key == Key.agreementId
                ? "agreement_id" + direction
                : sortValue() + direction + ", agreement_id" + direction;
    }

    /** The rows after a cursor's (key, agreement id) in this order: one row comparison, which the indexes answer. */
    String after() {
        String comparison = descending ? " < " : " > ";
        return key == Key.agreementId
                ? "agreement_id" + comparison + ":afterId"
                : "(" + sortValue() + ", agreement_id)" + comparison + "(CAST(:afterKey AS "
                        + (key.date ? "date" : "text") + "), :afterId)";
    }

    @Override
    public String toString() {
        return key.name() + (descending ? ",desc" : ",asc");
    }
}
