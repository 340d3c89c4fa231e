package org.cooperation.queryservice.projection.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cooperation.queryservice.projection.state.AgreementState;

/**
 * The deadlines of an agreement in a state (current, or as of a point in time), by the counting
 * rules of DOMAIN.md. Only those that apply: an agreement that has ended or was voided has none
 * (so no calendar shows any of its dates); one without a
 * term end (an open-ended instrument) has no notice, consent or term deadline; a pending notice
 * replaces the term's deadlines with its own end (an extension agreed now would not stop it).
 */
public final class Deadlines {

    private Deadlines() {}

    /** The deadlines in date order (kinds in declaration order on the same day). */
    public static List<Deadline> of(AgreementState state) {
        List<Deadline> deadlines = new ArrayList<>();
        if (!state.endedOrVoided()) {
            LocalDate termEndsOn = state.term() == null ? null : state.term().termEndsOn();
            if (state.pendingNotice() != null) {
                var notice = state.pendingNotice();
                deadlines.add(new Deadline(
                        DeadlineKind.TERMINATION_NOTICE_END,
                        notice.endsOn(),
                        notice.party(),
                        null,
                        "Last day in force under the notice " + notice.party().value() + " gave on "
                                + notice.noticeDate() + "; the agreement ends the day after"));
            } else if (termEndsOn != null) {
                termDeadlines(state, termEndsOn, deadlines);
            }
            state.parties().stream()
                    .filter(party -> party.pendingWithdrawal() != null)
                    .forEach(party -> deadlines.add(new Deadline(
                            DeadlineKind.PARTY_WITHDRAWAL_END,
                            party.pendingWithdrawal().endsOn(),
                            party.code(),
                            null,
                            "Last day as a party under the notice of withdrawal "
                                    + party.code().value()
                                    + " gave on " + party.pendingWithdrawal().noticeDate()
                                    + "; the agreement goes on among the others")));
            LocalDate meetingDue = state.nextMeetingDue();
            if (meetingDue != null) {
                var host = state.expectedHost();
                var hostParty = state.expectedHostParty();
                deadlines.add(new Deadline(
                        DeadlineKind.ANNUAL_MEETING_DUE,
                        meetingDue,
                        null,
                        host,
                        (state.meetings().isEmpty()
                                        ? "A year after the effective date "
                                                + state.term().effectiveFrom()
                                        : "A year after the last meeting on "
                                                + state.meetings()
                                                        .get(state.meetings().size() - 1)
                                                        .heldOn())
                                + (hostParty == null ? "" : "; " + hostParty.value() + " is expected to host")
                                + "; overdue from the day after"));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::kind));
        return List.copyOf(deadlines);
    }

    private static void termDeadlines(AgreementState state, LocalDate termEndsOn, List<Deadline> deadlines) {
        int noticeDays = state.terminationNoticeDays();
        // A notice must come at least noticeDays before the end it names, and no end may lie after the term's.
        LocalDate lastNotice = termEndsOn.minusDays(noticeDays);
        // Nothing can be dated before the signature, so a notice period longer than the term leaves no such day.
        if (!lastNotice.isBefore(state.signedOn().latest())) {
            deadlines.add(new Deadline(
                    DeadlineKind.TERMINATION_NOTICE_LAST_DAY,
                    lastNotice,
                    null,
                    null,
                    noticeDays + " days' written notice before the term ends on " + termEndsOn));
        }
        if (state.term().extensionsLeft() > 0) {
            deadlines.add(new Deadline(
                    DeadlineKind.EXTENSION_CONSENT_LAST_DAY,
                    termEndsOn,
                    null,
                    null,
                    "Every party's consent letter must be dated on or before the term's last day; "
                            + state.term().extensionsLeft() + " extension(s) left"));
        }
        deadlines.add(new Deadline(
                DeadlineKind.TERM_END,
                termEndsOn,
                null,
                null,
                "Last day in force of the term; without an extension the agreement expires on "
                        + termEndsOn.plusDays(1)));
    }
}
