package org.cooperation.queryservice.reading.meeting;

import java.time.LocalDate;
import org.cooperation.queryservice.projection.state.AgreementState;

/** The annual meetings at a glance, as they stand on {@code today}. */
public record MeetingsSummary(
        int held,
        LocalDate lastHeldOn,
        LocalDate nextDue,
        String expectedHost,
        String expectedHostParty,
        boolean overdue) {

    public static MeetingsSummary of(AgreementState state, LocalDate today) {
        var meetings = state.meetings();
        return new MeetingsSummary(
                meetings.size(),
                meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).heldOn(),
                state.nextMeetingDue(),
                state.expectedHost() == null ? null : state.expectedHost().value(),
                state.expectedHostParty() == null
                        ? null
                        : state.expectedHostParty().value(),
                state.meetingOverdue(today));
    }
}
