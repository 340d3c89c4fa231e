package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/**
 * A fact recorded in error is retracted: the event at {@code retractedSequence} of this agreement's
 * history (of type {@code retractedType}, e.g. {@code TermExtended}, dated {@code retractedOn}) no
 * longer counts, for the reason given. Nothing recorded is changed or deleted: the retracted event
 * stays in the history, and "as recorded at an instant" before this event still shows it. The state
 * is that of the history without the retracted event; what follows from that (an expiry now due, a
 * termination that no longer holds) is recorded by events of its own after this one, and a corrected
 * fact entered in its place by the same command follows as the event of its own kind.
 */
@EventVersion(1)
public record FactRetracted(
        AgreementId agreementId, long retractedSequence, String retractedType, LocalDate retractedOn, String reason)
        implements AgreementEvent {

    /** A correction carries the date of what it corrects, so that no business date shows the mistake. */
    @Override
    public LocalDate businessDate() {
        return retractedOn;
    }
}
