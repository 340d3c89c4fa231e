package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.NominateContact;
import org.cooperation.agreement.api.event.ContactNominated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 8: each party nominates, and may replace, one ministry contact. */
class NominateContactTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void nominatesAContactOfAParty() {
        fixture.given(signed())
                .when(new NominateContact(
                        ID,
                        METI,
                        "Manufacturing Industries Policy Office",
                        "Division in charge",
                        "mipo@example.jp",
                        date("2017-03-20")))
                .expectEvents(new ContactNominated(
                        ID,
                        METI,
                        "Manufacturing Industries Policy Office",
                        "Division in charge",
                        "mipo@example.jp",
                        date("2017-03-20")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void replacesTheEarlierContactWithALaterNomination() {
        ContactNominated first = new ContactNominated(ID, METI, "A. Sato", null, null, date("2016-05-01"));
        fixture.given(signed(), first)
                .when(new NominateContact(ID, METI, "B. Suzuki", null, null, date("2018-04-01")))
                .expectEvents(new ContactNominated(ID, METI, "B. Suzuki", null, null, date("2018-04-01")));
    }

    @Test
    void nominatesOnTheBusinessDayWhenNoDateIsGiven() {
        AgreementFixture.create(ZoneId.of("Asia/Tokyo"))
                .givenCurrentTime(Instant.parse("2020-05-05T23:30:00Z"))
                .andGiven(signed())
                .when(new NominateContact(ID, METI, "B. Suzuki", null, null, null))
                .expectEvents(new ContactNominated(ID, METI, "B. Suzuki", null, null, date("2020-05-06")));
    }

    @Test
    void rejectsAContactOfSomeoneWhoIsNotAParty() {
        fixture.given(signed())
                .when(new NominateContact(ID, PartyCode.of("FR-MEF"), "C. Martin", null, null, date("2018-04-01")))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }
}
