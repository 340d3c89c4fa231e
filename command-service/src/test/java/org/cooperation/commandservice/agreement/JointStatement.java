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
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.event.AgreementSigned;

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
    public static final Term TERM = new Term(5, 1, 5);
    public static final MeetingPolicy MEETINGS = new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true);

    private JointStatement() {
    }

    public static List<Party> parties() {
        return List.of(
                new Party(BMWI, "Federal Ministry for Economic Affairs and Energy", CountryCode.of("DE"),
                        new Signatory("Matthias Machnig", "State Secretary")),
                new Party(METI, "Ministry of Economy, Trade and Industry", CountryCode.of("JP"),
                        new Signatory("Takayuki Ueda", "Vice Minister")));
    }

    public static SignAgreement sign() {
        return sign(parties(), SIGNED_ON);
    }

    public static SignAgreement sign(List<Party> parties, LocalDate effectiveFrom) {
        return new SignAgreement(ID,
                "Joint Statement on cooperation regarding the Internet of Things/Industrie 4.0",
                AgreementKind.JOINT_STATEMENT, parties, SIGNED_ON, "Tokyo", effectiveFrom, TERM, 90, MEETINGS,
                List.of("Industrial cyber security", "International standardization"),
                "Each side bears its own costs unless otherwise approved in writing.");
    }

    public static AgreementSigned signed() {
        return signed(sign(), TERM_ENDS_ON);
    }

    public static AgreementSigned signed(SignAgreement sign, LocalDate termEndsOn) {
        return new AgreementSigned(sign.agreementId(), sign.title(), sign.kind(), sign.parties(), sign.signedOn(),
                sign.place(), sign.effectiveFrom(), sign.term(), termEndsOn, sign.terminationNoticeDays(),
                sign.meetings(), sign.fieldsOfCooperation(), sign.financialArrangement());
    }
}
