package org.cooperation.commandservice;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FactRetracted;
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
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;
import org.cooperation.commandservice.agreement.JointStatement;

/** One event of every published type, for one agreement, in an order its history could have. */
final class EveryEvent {

    private EveryEvent() {}

    static List<AgreementEvent> of(AgreementId id) {
        PartyCode bmwi = JointStatement.BMWI;
        PartyCode meti = JointStatement.METI;
        Party commission = new Party(
                PartyCode.of("EU-COMMISSION"), "European Commission", PartyKind.INTERNATIONAL_ORGANISATION, null, null);
        return List.of(
                new AgreementSigned(
                        id,
                        "Joint Statement on IoT/Industrie 4.0",
                        AgreementKind.JOINT_STATEMENT,
                        JointStatement.parties(),
                        JointStatement.SIGNED_ON,
                        "Tokyo",
                        JointStatement.SIGNED_ON,
                        JointStatement.TERM,
                        JointStatement.TERM_ENDS_ON,
                        90,
                        JointStatement.MEETINGS,
                        List.of("Industrial cyber security"),
                        "Each side bears its own costs."),
                new AnnualMeetingRecorded(
                        id,
                        date("2017-03-19"),
                        CountryCode.of("DE"),
                        "Hannover",
                        "Minister",
                        List.of(
                                new Attendee(
                                        "Brigitte Zypries", bmwi, "Federal Minister for Economic Affairs and Energy"),
                                new Attendee("Hiroshige Seko", meti, "Minister of Economy, Trade and Industry"),
                                Attendee.named("Plattform Industrie 4.0")),
                        List.of("Hannover Declaration"),
                        null),
                new ContactNominated(
                        id, meti, "Contact at METI", "Director", "contact@meti.example", date("2016-05-01")),
                new ParticipantAdmitted(
                        id, "AIST", ParticipantKind.RESEARCH_INSTITUTE, CountryCode.of("JP"), date("2017-03-19")),
                new FieldOfCooperationAdded(id, "Automobile industry", date("2017-03-19")),
                new MilestoneRecorded(
                        id,
                        date("2017-03-19"),
                        "AIST and DFKI sign MoC on AI",
                        "Research and Development",
                        "Memorandum of cooperation in artificial intelligence",
                        List.of("Hannover Declaration 2017")),
                new RelatedAgreementLinked(
                        id, AgreementId.of("jp-de-hannover-2017"), Relation.BUILDS_ON, date("2017-03-19")),
                new ProgrammeLaunched(
                        id,
                        ProgrammeId.of("vulcanus"),
                        "Vulcanus in Japan",
                        "Industrial internships in Japan for EU students",
                        BusinessDate.parse("2017")),
                new ProgrammeYearRecorded(id, ProgrammeId.of("vulcanus"), 2018, 35, 800, "EU participants"),
                new ProgrammeClosed(id, ProgrammeId.of("vulcanus"), BusinessDate.parse("2020-03")),
                new PartyAcceded(id, commission, date("2018-01-10"), "Instrument of accession 2018/1"),
                new WithdrawalNoticeGiven(id, commission.code(), date("2019-01-02"), date("2019-04-02"), null),
                new PartyWithdrew(id, commission.code(), date("2019-04-02"), date("2019-04-03")),
                new AgreementExpired(id, date("2021-04-27"), date("2021-04-28")),
                new ExpiryRevoked(id, date("2021-04-28"), "extension with consents of 2021-02 entered late"),
                new TermExtended(
                        id,
                        List.of(
                                new Consent(bmwi, date("2021-02-01"), "BMWi IV-2021-17"),
                                new Consent(meti, date("2021-02-10"), "METI-MIPO-2021-4")),
                        date("2021-04-27"),
                        date("2026-04-27"),
                        1,
                        0),
                new PartyRenamed(
                        id, bmwi, "Federal Ministry for Economic Affairs and Climate Action", date("2021-12-08"), null),
                new TerminationNoticeGiven(id, meti, date("2025-12-01"), date("2026-03-01"), "METI-2025-88"),
                new TerminationNoticeWithdrawn(id, meti, date("2025-12-20"), "METI-2025-95"),
                new TerminationNoticeGiven(id, bmwi, date("2026-01-05"), date("2026-04-27"), null),
                new AgreementTerminated(id, bmwi, date("2026-04-27"), date("2026-04-28")),
                new FactRetracted(
                        id, 16, "TerminationNoticeGiven", date("2026-01-05"), "BMWi gave no notice: entered in error"),
                new TerminationRevoked(id, date("2026-04-28"), "the notice from which it followed was retracted"),
                new WithdrawalRevoked(
                        id, commission.code(), date("2019-04-02"), "the notice from which it followed was retracted"),
                new AgreementVoided(id, JointStatement.SIGNED_ON, "Entered twice; the record is jp-de-iot-2016"));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
