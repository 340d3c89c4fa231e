package org.cooperation.queryservice;

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
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;

/** Events of the 2016 Joint Statement, for feeding the projections. */
final class Events {

    private Events() {
    }

    static AgreementSigned signed(String agreementId) {
        return new AgreementSigned(AgreementId.of(agreementId),
                "Joint Statement regarding the Internet of Things/Industrie 4.0", AgreementKind.JOINT_STATEMENT,
                List.of(new Party(PartyCode.of("DE-BMWI"), "Federal Ministry for Economic Affairs and Energy",
                                CountryCode.of("DE"), new Signatory("Matthias Machnig", "State Secretary")),
                        new Party(PartyCode.of("JP-METI"), "Ministry of Economy, Trade and Industry",
                                CountryCode.of("JP"), new Signatory("Takayuki Ueda", "Vice Minister"))),
                LocalDate.parse("2016-04-28"), "Tokyo", LocalDate.parse("2016-04-28"), new Term(5, 1, 5),
                LocalDate.parse("2021-04-27"), 90,
                new MeetingPolicy(MeetingPolicy.Cadence.ANNUAL, "Director-General", true),
                List.of("Industrial cyber security", "International standardization"),
                "Each side bears its own costs unless otherwise approved in writing.");
    }

    static FieldOfCooperationAdded fieldAdded(String agreementId, String field) {
        return new FieldOfCooperationAdded(AgreementId.of(agreementId), field, LocalDate.parse("2017-03-19"));
    }
}
