package org.cooperation.agreement.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.ProgrammeId;

/** A programme's figures for one calendar year; a count the source does not give is absent. */
@EventVersion(1)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeYearRecorded(
        AgreementId agreementId,
        ProgrammeId programmeId,
        int year,
        Integer participants,
        Integer applicants,
        String note)
        implements AgreementEvent {

    /** A year's figures are known once the year is over: dated on its last day. */
    @Override
    public LocalDate businessDate() {
        return LocalDate.of(year, 12, 31);
    }
}
