package org.cooperation.queryservice.current;

import java.time.LocalDate;

/**
 * The answer of {@code GET /api/agreements/{id}}: the stored state plus what depends on the day
 * it is read, such as whether a meeting is overdue.
 */
public record AgreementView(
        AgreementState agreement,
        MeetingsSummary meetingsSummary) {

    public record MeetingsSummary(int held, LocalDate lastHeldOn, LocalDate nextDue, String expectedHost,
                                  boolean overdue) {
    }

    public static AgreementView of(AgreementState state, LocalDate today) {
        var meetings = state.meetings();
        return new AgreementView(state, new MeetingsSummary(
                meetings.size(),
                meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).heldOn(),
                state.nextMeetingDue(),
                state.expectedHost() == null ? null : state.expectedHost().value(),
                state.meetingOverdue(today)));
    }
}
