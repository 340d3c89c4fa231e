package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.Multilateral.COMMISSION;
import static org.cooperation.commandservice.agreement.Multilateral.commissionAcceded;
import static org.cooperation.commandservice.agreement.Multilateral.leftOn;
import static org.cooperation.commandservice.agreement.Multilateral.rename;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.RenameParty;
import org.cooperation.agreement.api.event.PartyRenamed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DOMAIN.md rule 13: BMWi became BMWK in December 2021; the record keeps both names, by date. */
class RenamePartyTest {

    private static final String BMWK = "Federal Ministry for Economic Affairs and Climate Action";

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsTheNewNameFromItsDate() {
        RenameParty rename = rename(BMWI, BMWK, "2021-12-08");
        fixture.given(signed())
                .when(rename)
                .expectEvents(new PartyRenamed(ID, BMWI, BMWK, date("2021-12-08"), "Organisationserlass 2021-12-08"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsANameFromTheDayAfterThePartyBecameOneButNotFromThatDay() {
        fixture.given(signed()).when(rename(BMWI, BMWK, "2016-04-29")).expectSuccessfulHandlerExecution();
        fixture.given(signed())
                .when(rename(BMWI, BMWK, "2016-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.RENAME_OUTSIDE_MEMBERSHIP));
    }

    @Test
    void acceptsANameOfAPartyThatAccededFromTheDayAfterItsAccessionButNotFromThatDay() {
        // As for a party from the signature: the name it acceded under is its name on that day.
        fixture.given(signed(), commissionAcceded("2019-01-01"))
                .when(rename(COMMISSION, "Commission of the European Union", "2019-01-02"))
                .expectSuccessfulHandlerExecution();
        fixture.given(signed(), commissionAcceded("2019-01-01"))
                .when(rename(COMMISSION, "Commission of the European Union", "2019-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.RENAME_OUTSIDE_MEMBERSHIP, "renamedOn"));
    }

    @Test
    void acceptsANameFromThePartysLastDayButNotFromTheDayAfter() {
        fixture.given(leftOn(COMMISSION, "2019-01-02", "2019-04-02"))
                .when(rename(COMMISSION, "Commission of the European Union", "2019-04-02"))
                .expectSuccessfulHandlerExecution();
        fixture.given(leftOn(COMMISSION, "2019-01-02", "2019-04-02"))
                .when(rename(COMMISSION, "Commission of the European Union", "2019-04-03"))
                .expectNoEvents()
                .expectException(violates(Rule.RENAME_OUTSIDE_MEMBERSHIP));
    }

    @Test
    void rejectsTheNameThePartyBearsThatDay() {
        fixture.given(signed())
                .when(rename(BMWI, "Federal Ministry for Economic Affairs and Energy", "2019-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.NAME_UNCHANGED));
        fixture.given(signed(), new PartyRenamed(ID, BMWI, BMWK, date("2021-12-08"), null))
                .when(rename(BMWI, BMWK, "2022-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.NAME_UNCHANGED));
    }

    @Test
    void rejectsASecondNameTheSameDay() {
        fixture.given(signed(), new PartyRenamed(ID, BMWI, BMWK, date("2021-12-08"), null))
                .when(rename(BMWI, "BMWK", "2021-12-08"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_ALREADY_RENAMED_THAT_DAY));
    }

    @Test
    void rejectsANameOfSomeoneWhoIsNotAParty() {
        fixture.given(signed())
                .when(rename(PartyCode.of("FR-MINEFI"), "Ministère de l'Économie", "2019-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }
}
