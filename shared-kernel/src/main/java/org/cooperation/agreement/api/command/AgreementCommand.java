package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;

/** A request to change one agreement; the id routes it to that agreement. */
public sealed interface AgreementCommand
        permits SignAgreement,
                ExtendTerm,
                TerminateWithNotice,
                WithdrawTerminationNotice,
                RecordAnnualMeeting,
                NominateContact,
                AdmitParticipant,
                AddFieldOfCooperation,
                RecordMilestone,
                LinkRelatedAgreement,
                LaunchProgramme,
                RecordProgrammeYear,
                CloseProgramme,
                RecordAccession,
                RenameParty,
                RetractFact,
                VoidAgreement {

    AgreementId agreementId();
}
