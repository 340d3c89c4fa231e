package org.cooperation.queryservice.reading.listing;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;

/** One agreement in a list: enough to choose it; {@code GET /api/agreements/{agreementId}} tells all. */
public record AgreementSummary(
        String agreementId,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        List<String> parties,
        LocalDate signedOn,
        LocalDate termEndsOn,
        LocalDate lastDayInForce,
        LocalDate nextMeetingDue,
        boolean meetingOverdue,
        long version) {
}
