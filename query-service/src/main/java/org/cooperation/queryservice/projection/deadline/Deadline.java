package org.cooperation.queryservice.projection.deadline;

import java.time.LocalDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;

/**
 * One deadline of an agreement.
 *
 * @param kind         what falls due
 * @param dueOn        the day itself (a last day is still in time)
 * @param party        for {@link DeadlineKind#TERMINATION_NOTICE_END}, the party that gave the notice
 * @param expectedHost for {@link DeadlineKind#ANNUAL_MEETING_DUE} when hosts alternate, the country whose turn it is
 * @param detail       one sentence that says how the day follows from the record
 */
public record Deadline(DeadlineKind kind, LocalDate dueOn, PartyCode party, CountryCode expectedHost, String detail) {

    public Deadline {
        if (kind == null || dueOn == null || detail == null) {
            throw new IllegalArgumentException("a deadline needs a kind, a day and a detail");
        }
    }

    /** Whether the day is behind {@code today}: a last day that has passed, a meeting that is overdue. */
    public boolean passedOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
