package org.cooperation.queryservice.reading.listing;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.BusinessDate;

/**
 * One agreement in a list: enough to choose it; {@code GET /api/agreements/{agreementId}} tells all.
 * An open-ended instrument ({@code openEnded}) has no {@code termEndsOn}, and no {@code lastDayInForce}
 * until a notice names one.
 */
public record AgreementSummary(
        String agreementId,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        List<String> parties,
        BusinessDate signedOn,
        boolean openEnded,
        LocalDate termEndsOn,
        LocalDate lastDayInForce,
        LocalDate nextMeetingDue,
        boolean meetingOverdue,
        long version) {}
