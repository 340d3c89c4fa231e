package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationNoticeWithdrawn;

/**
 * The reference case of DOMAIN.md: the BMWi–METI Joint Statement on IoT/Industrie 4.0, signed
 * in Tokyo on 2016-04-28 for five years, extendable once by five years, 90 days' notice.
 */
public final class JointStatement {

    public static final AgreementId ID = AgreementId.of("jp-de-iot-2016");
    public static final PartyCode BMWI = PartyCode.of("DE-BMWI");
    public static final PartyCode METI = PartyCode.of("JP-METI");
    public static final LocalDate SIGNED_ON = LocalDate.parse("2016-04-28");
    public static final LocalDate TERM_ENDS_ON = LocalDate.parse("2021-04-27");
    /** The last day in force after the one five-year extension. */
    public static final LocalDate EXTENDED_TERM_ENDS_ON = LocalDate.parse("2026-04-27");

    public static final CountryCode GERMANY = CountryCode.of("DE");
    public static final CountryCode JAPAN = CountryCode.of("JP");
    public static final Term TERM = new Term(5, 1, 5);
    public static final MeetingPolicy MEETINGS =
            new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true);

    private JointStatement() {}

    public static List<Party> parties() {
        return List.of(
                new Party(
                        BMWI,
                        "Federal Ministry for Economic Affairs and Energy",
                        CountryCode.of("DE"),
                        new Signatory("Matthias Machnig", "State Secretary")),
                new Party(
                        METI,
                        "Ministry of Economy, Trade and Industry",
                        CountryCode.of("JP"),
                        new Signatory("Takayuki Ueda", "Vice Minister")));
    }

    public static SignAgreement sign() {
        return sign(parties(), SIGNED_ON);
    }

    public static SignAgreement sign(List<Party> parties, LocalDate effectiveFrom) {
        return sign(parties, SIGNED_ON, effectiveFrom, TERM);
    }

    /** The Joint Statement as if signed and taking effect on other days, or for another term. */
    public static SignAgreement sign(LocalDate signedOn, LocalDate effectiveFrom, Term term) {
        return sign(parties(), signedOn, effectiveFrom, term);
    }

    private static SignAgreement sign(List<Party> parties, LocalDate signedOn, LocalDate effectiveFrom, Term term) {
        return new SignAgreement(
                ID,
                "Joint Statement on cooperation regarding the Internet of Things/Industrie 4.0",
                AgreementKind.JOINT_STATEMENT,
                parties,
                signedOn,
                "Tokyo",
                effectiveFrom,
                term,
                90,
                MEETINGS,
                List.of("Industrial cyber security", "International standardization"),
                "Each side bears its own costs unless otherwise approved in writing.");
    }

    public static AgreementSigned signed() {
        return signed(sign(), TERM_ENDS_ON);
    }

    public static AgreementSigned signed(SignAgreement sign, LocalDate termEndsOn) {
        return new AgreementSigned(
                sign.agreementId(),
                sign.title(),
                sign.kind(),
                sign.parties(),
                sign.signedOn().earliest(),
                sign.place(),
                sign.effectiveFrom().earliest(),
                sign.term(),
                termEndsOn,
                sign.terminationNoticeDays(),
                sign.meetings(),
                sign.fieldsOfCooperation(),
                sign.financialArrangement());
    }

    /**
     * The statement as if it had taken effect a few days after its signature, on 2016-05-02: a fact
     * dated 2016-05-01 has then happened under it, but before its period in force.
     */
    public static AgreementSigned signedEffectiveLater() {
        return signed(sign(parties(), date("2016-05-02")), date("2021-05-01"));
    }

    public static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** Both ministries' letters, BMWi's first. */
    public static ExtendTerm extend(String bmwiLetterDate, String metiLetterDate) {
        return new ExtendTerm(
                ID,
                List.of(
                        new Consent(BMWI, date(bmwiLetterDate), "BMWi IV-" + bmwiLetterDate),
                        new Consent(METI, date(metiLetterDate), "METI-MIPO-" + metiLetterDate)));
    }

    /** The first extension: the term then ends on {@link #EXTENDED_TERM_ENDS_ON}. */
    public static TermExtended termExtended(ExtendTerm extension) {
        return new TermExtended(ID, extension.consents(), TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON, 1, 0);
    }

    public static TermExtended termExtended() {
        return termExtended(extend("2021-02-01", "2021-02-10"));
    }

    public static AgreementExpired expired() {
        return new AgreementExpired(ID, TERM_ENDS_ON, TERM_ENDS_ON.plusDays(1));
    }

    public static TerminateWithNotice terminate(PartyCode party, String noticeDate, String endsOn) {
        return new TerminateWithNotice(ID, party, date(noticeDate), date(endsOn), "Note verbale " + noticeDate);
    }

    public static TerminationNoticeGiven noticeGiven(TerminateWithNotice notice) {
        return new TerminationNoticeGiven(ID, notice.party(), notice.noticeDate(), notice.endsOn(), notice.reference());
    }

    /** METI's notice of DOMAIN.md: given 2025-12-01, ending after 2026-03-01. */
    public static TerminationNoticeGiven noticeGiven() {
        return noticeGiven(terminate(METI, "2025-12-01", "2026-03-01"));
    }

    public static AgreementTerminated terminated(TerminationNoticeGiven notice) {
        return new AgreementTerminated(
                ID, notice.party(), notice.endsOn(), notice.endsOn().plusDays(1));
    }

    public static WithdrawTerminationNotice withdraw(PartyCode party, String withdrawnOn) {
        return new WithdrawTerminationNotice(ID, party, date(withdrawnOn), "Letter " + withdrawnOn);
    }

    public static TerminationNoticeWithdrawn noticeWithdrawn(WithdrawTerminationNotice withdrawal) {
        return new TerminationNoticeWithdrawn(ID, withdrawal.party(), withdrawal.withdrawnOn(), withdrawal.reference());
    }

    public static RecordAnnualMeeting meeting(String heldOn, CountryCode host, String deviationReason) {
        return new RecordAnnualMeeting(
                ID,
                date(heldOn),
                null,
                host,
                host.equals(GERMANY) ? "Berlin" : "Tokyo",
                "Director-General",
                delegations(),
                List.of("Joint press release"),
                deviationReason);
    }

    /** Both ministries' delegations and a guest who came for neither. */
    public static List<Attendee> delegations() {
        return List.of(
                new Attendee("Head of the BMWi delegation", BMWI, "Director-General"),
                new Attendee("Head of the METI delegation", METI, "Director-General"),
                Attendee.named("Plattform Industrie 4.0"));
    }

    public static RecordAnnualMeeting meeting(String heldOn, CountryCode host) {
        return meeting(heldOn, host, null);
    }

    /** The meeting as recorded: a host named only by its country is the ministry of that country. */
    public static AnnualMeetingRecorded meetingRecorded(RecordAnnualMeeting meeting) {
        return new AnnualMeetingRecorded(
                ID,
                meeting.heldOn(),
                meeting.hostParty() != null
                        ? meeting.hostParty()
                        : meeting.hostCountry().equals(GERMANY) ? BMWI : METI,
                meeting.hostCountry(),
                meeting.city(),
                meeting.level(),
                meeting.attendees(),
                meeting.outcomes(),
                meeting.deviationReason());
    }

    public static AnnualMeetingRecorded meetingRecorded(String heldOn, CountryCode host) {
        return meetingRecorded(meeting(heldOn, host));
    }
}
