package org.cooperation.queryservice.reading.deadline;

import java.time.LocalDate;
import org.cooperation.queryservice.projection.deadline.Deadline;
import org.cooperation.queryservice.projection.deadline.DeadlineKind;

/**
 * A deadline as the API shows it: in an agreement's view (without {@code agreementId} and
 * {@code agreementTitle}), or in the portfolio's list (with them).
 *
 * @param passed whether the day is behind the day the answer is judged on (today, or {@code asOf});
 *               for an annual meeting, that it is overdue
 */
public record DeadlineView(
        String agreementId,
        String agreementTitle,
        DeadlineKind kind,
        String title,
        LocalDate dueOn,
        String detail,
        String party,
        String expectedHost,
        boolean passed) {

    public static DeadlineView of(Deadline deadline, LocalDate today) {
        return of(null, null, deadline, today);
    }

    public static DeadlineView of(String agreementId, String agreementTitle, Deadline deadline, LocalDate today) {
        return new DeadlineView(
                agreementId,
                agreementTitle,
                deadline.kind(),
                deadline.kind().title(),
                deadline.dueOn(),
                deadline.detail(),
                deadline.party() == null ? null : deadline.party().value(),
                deadline.expectedHost() == null ? null : deadline.expectedHost().value(),
                deadline.passedOn(today));
    }
}
