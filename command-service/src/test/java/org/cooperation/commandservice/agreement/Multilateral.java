package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.date;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.command.RecordAccession;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.cooperation.agreement.api.command.RenameParty;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.PartyAcceded;
import org.cooperation.agreement.api.event.PartyRenamed;
import org.cooperation.agreement.api.event.PartyWithdrew;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;

/**
 * The 2016 Joint Statement with a third party, the European Commission (an international
 * organisation without a country of its own): signed by all three, or acceded to by the Commission.
 */
final class Multilateral {

    static final PartyCode COMMISSION = PartyCode.of("EU-COMMISSION");
    static final CountryCode BELGIUM = CountryCode.of("BE");

    private Multilateral() {}

    static Party commission() {
        return new Party(COMMISSION, "European Commission", PartyKind.INTERNATIONAL_ORGANISATION, null, null);
    }

    /** Signed by the two ministries and the Commission on 2016-04-28. */
    static AgreementSigned signedByThree() {
        List<Party> three = new java.util.ArrayList<>(JointStatement.parties());
        three.add(commission());
        return JointStatement.signed(JointStatement.sign(three, JointStatement.SIGNED_ON), JointStatement.TERM_ENDS_ON);
    }

    static RecordAccession accede(Party party, String accededOn) {
        return new RecordAccession(ID, party, date(accededOn), "Instrument of accession " + accededOn);
    }

    static PartyAcceded acceded(RecordAccession accession) {
        return new PartyAcceded(ID, accession.party(), accession.accededOn(), accession.reference());
    }

    /** The Commission accedes on that day. */
    static PartyAcceded commissionAcceded(String accededOn) {
        return acceded(accede(commission(), accededOn));
    }

    static RenameParty rename(PartyCode party, String name, String renamedOn) {
        return new RenameParty(ID, party, name, date(renamedOn), "Organisationserlass " + renamedOn);
    }

    static PartyRenamed renamed(RenameParty rename) {
        return new PartyRenamed(ID, rename.party(), rename.name(), rename.renamedOn(), rename.reference());
    }

    static WithdrawalNoticeGiven withdrawalNoticeGiven(PartyCode party, String noticeDate, String endsOn) {
        return new WithdrawalNoticeGiven(ID, party, date(noticeDate), date(endsOn), "Note verbale " + noticeDate);
    }

    static PartyWithdrew withdrew(PartyCode party, String lastDayAsParty) {
        LocalDate lastDay = date(lastDayAsParty);
        return new PartyWithdrew(ID, party, lastDay, lastDay.plusDays(1));
    }

    /** Three parties, of which {@code party} gave notice on {@code noticeDate} and left after {@code lastDay}. */
    static List<Object> leftOn(PartyCode party, String noticeDate, String lastDay) {
        return List.of(signedByThree(), withdrawalNoticeGiven(party, noticeDate, lastDay), withdrew(party, lastDay));
    }

    static RecordAnnualMeeting hostedBy(PartyCode host, CountryCode heldIn, String heldOn, String deviationReason) {
        return new RecordAnnualMeeting(
                ID, date(heldOn), host, heldIn, "Brussels", "Director-General", List.of(), List.of(), deviationReason);
    }

    static AnnualMeetingRecorded recorded(RecordAnnualMeeting meeting, CountryCode heldIn) {
        return new AnnualMeetingRecorded(
                ID,
                meeting.heldOn(),
                meeting.hostParty(),
                heldIn,
                meeting.city(),
                meeting.level(),
                meeting.attendees(),
                meeting.outcomes(),
                meeting.deviationReason());
    }

    static AnnualMeetingRecorded hosted(PartyCode host, CountryCode heldIn, String heldOn) {
        return recorded(hostedBy(host, heldIn, heldOn, null), heldIn);
    }

    static List<PartyCode> ministries() {
        return List.of(BMWI, METI);
    }
}
