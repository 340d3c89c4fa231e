package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;

/**
 * An open-ended instrument: the Japan–India MOC on a Digital Partnership, signed in Tokyo on
 * 2018-10-29. Its source states no term and no notice period, so it is in force until terminated.
 */
final class DigitalPartnership {

    static final AgreementId ID = AgreementId.of("jp-in-digital-2018");
    static final PartyCode METI = PartyCode.of("JP-METI");
    static final PartyCode MEITY = PartyCode.of("IN-MEITY");
    static final LocalDate SIGNED_ON = LocalDate.parse("2018-10-29");

    private DigitalPartnership() {}

    static SignAgreement sign() {
        return sign(0);
    }

    /** The MOC as if it stated a notice period, which an open-ended instrument may. */
    static SignAgreement sign(int terminationNoticeDays) {
        return new SignAgreement(
                ID,
                "Memorandum of Cooperation on a Japan-India Digital Partnership",
                AgreementKind.MEMORANDUM_OF_COOPERATION,
                List.of(
                        new Party(
                                METI,
                                "Ministry of Economy, Trade and Industry",
                                CountryCode.of("JP"),
                                new Signatory("Hiroshige Seko", "Minister of Economy, Trade and Industry")),
                        new Party(
                                MEITY,
                                "Ministry of Electronics and Information Technology",
                                CountryCode.of("IN"),
                                new Signatory("Sujan R. Chinoy", "Ambassador of India to Japan"))),
                SIGNED_ON,
                "Tokyo",
                null,
                null,
                terminationNoticeDays,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, null, true),
                List.of("Japan-India Startup Initiative"),
                null);
    }

    static AgreementSigned signed() {
        return signed(sign());
    }

    /** What signing an open-ended instrument records: the command's own details, no term. */
    static AgreementSigned signed(SignAgreement sign) {
        return new AgreementSigned(
                sign.agreementId(),
                sign.title(),
                sign.kind(),
                sign.parties(),
                sign.signedOn(),
                sign.place(),
                sign.effectiveFrom(),
                null,
                null,
                sign.terminationNoticeDays(),
                sign.meetings(),
                sign.fieldsOfCooperation(),
                sign.financialArrangement(),
                sign.witnesses());
    }

    static TerminateWithNotice terminate(String noticeDate, String endsOn) {
        return new TerminateWithNotice(
                ID, MEITY, LocalDate.parse(noticeDate), LocalDate.parse(endsOn), "Note verbale " + noticeDate);
    }

    static TerminationNoticeGiven noticeGiven(TerminateWithNotice notice) {
        return new TerminationNoticeGiven(ID, notice.party(), notice.noticeDate(), notice.endsOn(), notice.reference());
    }
}
