package org.cooperation.agreement.api.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;

/**
 * Something that happened to an agreement. The permitted types are the whole published
 * language: nothing else is ever stored or sent.
 */
public sealed interface AgreementEvent
        permits AgreementSigned,
                TermExtended,
                TerminationNoticeGiven,
                TerminationNoticeWithdrawn,
                AgreementTerminated,
                AgreementExpired,
                ExpiryRevoked,
                AnnualMeetingRecorded,
                ContactNominated,
                ParticipantAdmitted,
                FieldOfCooperationAdded,
                MilestoneRecorded,
                RelatedAgreementLinked,
                ProgrammeLaunched,
                ProgrammeYearRecorded,
                ProgrammeClosed,
                PartyAcceded,
                WithdrawalNoticeGiven,
                PartyWithdrew,
                PartyRenamed,
                TerminationRevoked,
                WithdrawalRevoked,
                FactRetracted,
                AgreementVoided {

    AgreementId agreementId();

    /** The calendar date on which this happened in the world, as opposed to when it was recorded. */
    @JsonIgnore
    LocalDate businessDate();
}
