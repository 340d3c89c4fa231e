package org.cooperation.commandservice.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.contract.AuditMetadata;

/**
 * The transitions that time makes by itself: expiry at the end of the term, the end of a terminated
 * agreement, and a party's withdrawal at the end of its notice. Each falls due at the start of the business day after the last day in force,
 * in the zone of the service's {@link Clock}.
 */
final class Deadlines {

    static final String EXPIRY = "agreement-expiry";
    static final String TERMINATION = "agreement-termination";
    static final String WITHDRAWAL = "party-withdrawal";
    /** Who the events of a deadline are recorded for: no person issued them. */
    static final String PRINCIPAL = "system:deadline";

    private Deadlines() {}

    /**
     * The first expiry of a new agreement. Nothing can be scheduled for it yet, so nothing is
     * cancelled. (Cancelling finds the agreement's deadlines by its id, {@code DeadlinesByScope}, so
     * it costs the same however many agreements are on record; here it would find none.)
     */
    static void scheduleFirstExpiry(DeadlineManager deadlines, Clock clock, LocalDate lastDayInForce) {
        deadlines.schedule(
                dayAfter(lastDayInForce, clock),
                EXPIRY,
                bySystem(
                        new ExpiryDue(lastDayInForce),
                        "the term's last day in force, " + lastDayInForce + ", has passed"));
    }

    /** Replaces any earlier expiry of this agreement, so at most one is scheduled. */
    static void rescheduleExpiry(DeadlineManager deadlines, Clock clock, LocalDate lastDayInForce) {
        deadlines.cancelAllWithinScope(EXPIRY);
        scheduleFirstExpiry(deadlines, clock, lastDayInForce);
    }

    static void cancelExpiry(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(EXPIRY);
    }

    static void scheduleTermination(DeadlineManager deadlines, Clock clock, LocalDate lastDayInForce) {
        deadlines.cancelAllWithinScope(TERMINATION);
        deadlines.schedule(
                dayAfter(lastDayInForce, clock),
                TERMINATION,
                bySystem(
                        new TerminationDue(lastDayInForce),
                        "the last day in force named by the termination notice, " + lastDayInForce + ", has passed"));
    }

    /**
     * Several parties may be withdrawing at once, each on its own day, so nothing is cancelled here:
     * each deadline names its party, and one whose notice no longer stands does nothing.
     */
    static void scheduleWithdrawal(DeadlineManager deadlines, Clock clock, PartyCode party, LocalDate lastDayAsParty) {
        deadlines.schedule(
                dayAfter(lastDayAsParty, clock),
                WITHDRAWAL,
                bySystem(
                        new WithdrawalDue(party, lastDayAsParty),
                        "the last day as a party named by the withdrawal notice of " + party + ", " + lastDayAsParty
                                + ", has passed"));
    }

    /**
     * Deadlines are cancelled by agreement, as the termination's are: every pending withdrawal's goes,
     * and the caller schedules again those whose notices still stand.
     */
    static void cancelWithdrawals(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(WITHDRAWAL);
    }

    static void cancelTermination(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(TERMINATION);
    }

    /** The first instant of the day after the last day in force: a past instant fires at once. */
    static Instant dayAfter(LocalDate lastDayInForce, Clock clock) {
        return lastDayInForce.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * The deadline's metadata would otherwise name whoever sent the command that scheduled it; the
     * events it causes years later are the system's doing. The correlation id is kept, so the history
     * still shows which command set the clock running. The reason is the system's own, never that of
     * the command that scheduled it.
     */
    private static GenericMessage<Object> bySystem(Object payload, String reason) {
        return new GenericMessage<>(
                payload,
                Map.of(
                        AuditMetadata.PRINCIPAL,
                        PRINCIPAL,
                        AuditMetadata.CLIENT,
                        "deadline",
                        AuditMetadata.REASON,
                        reason));
    }
}
