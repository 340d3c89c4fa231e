package org.cooperation.queryservice;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.cooperation.agreement.api.event.PartyAcceded;
import org.cooperation.agreement.api.event.PartyRenamed;
import org.cooperation.agreement.api.event.PartyWithdrew;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationNoticeWithdrawn;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;

/** Events of the 2016 Joint Statement and its kin, for feeding the projections. */
public final class Events {

    public static final Party BMWI = new Party(
            PartyCode.of("DE-BMWI"),
            "Federal Ministry for Economic Affairs and Energy",
            CountryCode.of("DE"),
            new Signatory("Matthias Machnig", "State Secretary"));
    public static final Party METI = new Party(
            PartyCode.of("JP-METI"),
            "Ministry of Economy, Trade and Industry",
            CountryCode.of("JP"),
            new Signatory("Takayuki Ueda", "Vice Minister"));
    public static final LocalDate SIGNED_ON = LocalDate.parse("2016-04-28");

    private Events() {}

    public static AgreementSigned signed(String agreementId) {
        return signed(
                agreementId,
                SIGNED_ON,
                List.of(BMWI, METI),
                List.of("Industrial cyber security", "International standardization"));
    }

    /** Five years from {@code effectiveFrom}, extendable once by five, 90 days' notice, annual alternating meetings. */
    public static AgreementSigned signed(
            String agreementId, LocalDate effectiveFrom, List<Party> parties, List<String> fields) {
        Term term = new Term(5, 1, 5);
        return new AgreementSigned(
                AgreementId.of(agreementId),
                "Joint Statement regarding the Internet of Things/Industrie 4.0",
                AgreementKind.JOINT_STATEMENT,
                parties,
                effectiveFrom,
                "Tokyo",
                effectiveFrom,
                term,
                term.initialEnd(effectiveFrom),
                90,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true),
                fields,
                "Each side bears its own costs unless otherwise approved in writing.");
    }

    /** Signed on {@code signedOn} to take effect on {@code effectiveFrom}, for five years from then. */
    public static AgreementSigned signedToTakeEffect(String agreementId, LocalDate signedOn, LocalDate effectiveFrom) {
        return signedToTakeEffect(agreementId, signedOn, effectiveFrom, List.of(BMWI, METI));
    }

    public static AgreementSigned signedToTakeEffect(
            String agreementId, LocalDate signedOn, LocalDate effectiveFrom, List<Party> parties) {
        AgreementSigned signed = signed(agreementId, effectiveFrom, parties, List.of());
        return new AgreementSigned(
                signed.agreementId(),
                signed.title(),
                signed.kind(),
                signed.parties(),
                signedOn,
                signed.place(),
                effectiveFrom,
                signed.term(),
                signed.termEndsOn(),
                signed.terminationNoticeDays(),
                signed.meetings(),
                signed.fieldsOfCooperation(),
                signed.financialArrangement());
    }

    /**
     * An open-ended instrument, signed and in force from {@code signedOn}, that states no term: the
     * Hannover Declaration of 2017 between METI and BMWi.
     */
    public static AgreementSigned signedOpenEnded(String agreementId, LocalDate signedOn, int terminationNoticeDays) {
        return new AgreementSigned(
                AgreementId.of(agreementId),
                "Hannover Declaration",
                AgreementKind.DECLARATION,
                List.of(METI, BMWI),
                signedOn,
                "Hannover",
                signedOn,
                null,
                null,
                terminationNoticeDays,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Minister", true),
                List.of("Automobile industry"),
                null);
    }

    public static Party party(String code, String country) {
        return new Party(
                PartyCode.of(code),
                "Ministry " + code,
                CountryCode.of(country),
                new Signatory("Signatory of " + code, "Minister"));
    }

    public static FieldOfCooperationAdded fieldAdded(String agreementId, String field) {
        return fieldAdded(agreementId, field, LocalDate.parse("2017-03-19"));
    }

    public static FieldOfCooperationAdded fieldAdded(String agreementId, String field, LocalDate addedOn) {
        return new FieldOfCooperationAdded(AgreementId.of(agreementId), field, addedOn);
    }

    public static AnnualMeetingRecorded meeting(String agreementId, String heldOn, String host, String city) {
        return new AnnualMeetingRecorded(
                AgreementId.of(agreementId),
                LocalDate.parse(heldOn),
                CountryCode.of(host),
                city,
                "Director-General",
                List.of(new Attendee("Head of delegation", null, "Director-General")),
                List.of("Minutes of " + heldOn),
                null);
    }

    /** Both ministries' letters; the extension takes effect on the later one. */
    public static TermExtended extended(
            String agreementId, String firstLetter, String secondLetter, LocalDate previousEnd, Term term, int used) {
        return new TermExtended(
                AgreementId.of(agreementId),
                List.of(
                        new Consent(BMWI.code(), LocalDate.parse(firstLetter), "BMWi IV-" + firstLetter),
                        new Consent(METI.code(), LocalDate.parse(secondLetter), "METI-MIPO-" + secondLetter)),
                previousEnd,
                term.extendedEnd(previousEnd),
                used,
                term.maxExtensions() - used);
    }

    public static AgreementExpired expired(String agreementId, LocalDate lastDayInForce) {
        return new AgreementExpired(AgreementId.of(agreementId), lastDayInForce, lastDayInForce.plusDays(1));
    }

    public static ExpiryRevoked expiryRevoked(String agreementId, LocalDate revokedExpiredOn) {
        return new ExpiryRevoked(
                AgreementId.of(agreementId),
                revokedExpiredOn,
                "extension entered late: its consents predate the expiry");
    }

    public static TerminationNoticeGiven noticeGiven(String agreementId, String noticeDate, String endsOn) {
        return new TerminationNoticeGiven(
                AgreementId.of(agreementId),
                METI.code(),
                LocalDate.parse(noticeDate),
                LocalDate.parse(endsOn),
                "METI-NOTICE-" + noticeDate);
    }

    public static TerminationNoticeWithdrawn noticeWithdrawn(String agreementId, String withdrawnOn) {
        return new TerminationNoticeWithdrawn(
                AgreementId.of(agreementId),
                METI.code(),
                LocalDate.parse(withdrawnOn),
                "METI-WITHDRAWAL-" + withdrawnOn);
    }

    public static AgreementTerminated terminated(String agreementId, String lastDayInForce) {
        LocalDate last = LocalDate.parse(lastDayInForce);
        return new AgreementTerminated(AgreementId.of(agreementId), METI.code(), last, last.plusDays(1));
    }

    public static ContactNominated contact(String agreementId, Party party, String name, String nominatedOn) {
        return new ContactNominated(
                AgreementId.of(agreementId),
                party.code(),
                name,
                "Director",
                name.toLowerCase().replace(' ', '.') + "@example.org",
                LocalDate.parse(nominatedOn));
    }

    public static ParticipantAdmitted participant(String agreementId, String name, String country, String joinedOn) {
        return new ParticipantAdmitted(
                AgreementId.of(agreementId),
                name,
                ParticipantKind.RESEARCH_INSTITUTE,
                CountryCode.of(country),
                LocalDate.parse(joinedOn));
    }

    public static MilestoneRecorded milestone(String agreementId, String date, String title) {
        return new MilestoneRecorded(
                AgreementId.of(agreementId),
                LocalDate.parse(date),
                title,
                "Research and Development",
                "Recorded under the agreement",
                List.of("Press release " + date));
    }

    public static RelatedAgreementLinked link(
            String agreementId, String relatedAgreementId, Relation relation, String linkedOn) {
        return new RelatedAgreementLinked(
                AgreementId.of(agreementId), AgreementId.of(relatedAgreementId), relation, LocalDate.parse(linkedOn));
    }

    public static ProgrammeLaunched programmeLaunched(
            String agreementId, String programmeId, String name, String launchedOn) {
        return programme(agreementId, programmeId, name, BusinessDate.parse(launchedOn), null);
    }

    /** A programme whose launch the source does not state, shown running by {@code runningBy}. */
    public static ProgrammeLaunched programmeRunningBy(
            String agreementId, String programmeId, String name, String runningBy) {
        return programme(agreementId, programmeId, name, null, BusinessDate.parse(runningBy));
    }

    private static ProgrammeLaunched programme(
            String agreementId, String programmeId, String name, BusinessDate launchedOn, BusinessDate runningBy) {
        return new ProgrammeLaunched(
                AgreementId.of(agreementId),
                ProgrammeId.of(programmeId),
                name,
                "Industrial internships",
                launchedOn,
                runningBy);
    }

    public static ProgrammeYearRecorded programmeYear(
            String agreementId, String programmeId, int year, Integer participants, Integer applicants) {
        return new ProgrammeYearRecorded(
                AgreementId.of(agreementId), ProgrammeId.of(programmeId), year, participants, applicants, null);
    }

    public static ProgrammeClosed programmeClosed(String agreementId, String programmeId, String closedOn) {
        return new ProgrammeClosed(
                AgreementId.of(agreementId), ProgrammeId.of(programmeId), BusinessDate.parse(closedOn));
    }

    public static final Party COMMISSION = new Party(
            PartyCode.of("EU-COMMISSION"), "European Commission", PartyKind.INTERNATIONAL_ORGANISATION, null, null);

    public static PartyAcceded acceded(String agreementId, Party party, String accededOn) {
        return new PartyAcceded(
                AgreementId.of(agreementId), party, LocalDate.parse(accededOn), "Instrument of accession " + accededOn);
    }

    public static WithdrawalNoticeGiven withdrawalNoticeGiven(
            String agreementId, Party party, String noticeDate, String endsOn) {
        return new WithdrawalNoticeGiven(
                AgreementId.of(agreementId),
                party.code(),
                LocalDate.parse(noticeDate),
                LocalDate.parse(endsOn),
                "Note verbale " + noticeDate);
    }

    public static PartyWithdrew withdrew(String agreementId, Party party, String lastDayAsParty) {
        LocalDate lastDay = LocalDate.parse(lastDayAsParty);
        return new PartyWithdrew(AgreementId.of(agreementId), party.code(), lastDay, lastDay.plusDays(1));
    }

    /** The withdrawal of {@code party} after {@code lastDayAsParty} revoked: its notice was retracted. */
    public static WithdrawalRevoked withdrawalRevoked(String agreementId, Party party, String lastDayAsParty) {
        return new WithdrawalRevoked(
                AgreementId.of(agreementId),
                party.code(),
                LocalDate.parse(lastDayAsParty),
                "the WithdrawalNoticeGiven from which it followed was retracted");
    }

    public static PartyRenamed renamed(String agreementId, Party party, String name, String renamedOn) {
        return new PartyRenamed(AgreementId.of(agreementId), party.code(), name, LocalDate.parse(renamedOn), null);
    }

    /** A meeting that names its host party and the country it was held in. */
    public static AnnualMeetingRecorded hostedBy(String agreementId, Party host, String heldOn, String country) {
        return new AnnualMeetingRecorded(
                AgreementId.of(agreementId),
                LocalDate.parse(heldOn),
                host.code(),
                CountryCode.of(country),
                "City",
                null,
                List.of(),
                List.of(),
                null);
    }
}
