package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.Multilateral.COMMISSION;
import static org.cooperation.commandservice.agreement.Multilateral.accede;
import static org.cooperation.commandservice.agreement.Multilateral.acceded;
import static org.cooperation.commandservice.agreement.Multilateral.commission;
import static org.cooperation.commandservice.agreement.Multilateral.commissionAcceded;
import static org.cooperation.commandservice.agreement.Multilateral.rename;
import static org.cooperation.commandservice.agreement.Multilateral.renamed;
import static org.cooperation.commandservice.agreement.Multilateral.signedByThree;
import static org.cooperation.commandservice.agreement.Multilateral.withdrawalNoticeGiven;
import static org.cooperation.commandservice.agreement.Multilateral.withdrew;
import static org.cooperation.commandservice.agreement.Retractions.retract;
import static org.cooperation.commandservice.agreement.Retractions.retracted;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.command.NominateContact;
import org.cooperation.agreement.api.command.RecordAccession;
import org.cooperation.agreement.api.command.RenameParty;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.PartyAcceded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 17 on the parties over time: an accession, a withdrawal notice and a new name entered in error
 * are retracted, the parties of every date are then those without them, and the corrected fact may
 * take their place. The 2016 Joint Statement with the European Commission as a third party.
 */
class RetractPartyFactsTest {

    private static final String BMWK = "Federal Ministry for Economic Affairs and Climate Action";
    private static final String BMWI_NAME = "Federal Ministry for Economic Affairs and Energy";
    /** While the Commission's withdrawal of 2019-01-02 is pending (it takes effect on 2019-04-03). */
    private static final Instant WHILE_PENDING = Instant.parse("2019-02-01T10:00:00Z");

    private static final PartyCode FRANCE = PartyCode.of("FR-MEF");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private static PartyAcceded franceAcceded(String accededOn) {
        return acceded(accede(
                new Party(FRANCE, "Ministère de l'Économie", PartyKind.GOVERNMENT_BODY, CountryCode.of("FR"), null),
                accededOn));
    }

    @Test
    void retractsAnAccessionEnteredInError() {
        fixture.given(signed(), commissionAcceded("2018-01-01"))
                .when(retract(1))
                .expectEvents(retracted(1, "PartyAcceded", "2018-01-01"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void withoutTheRetractedAccessionThePartyMayAccedeAgain() {
        RecordAccession again = accede(commission(), "2019-01-01");
        fixture.given(signed(), commissionAcceded("2018-01-01"), retracted(1, "PartyAcceded", "2018-01-01"))
                .when(again)
                .expectEvents(acceded(again));
    }

    @Test
    void withoutTheRetractedAccessionThePartyIsNoneOnAnyDay() {
        fixture.given(signed(), commissionAcceded("2018-01-01"), retracted(1, "PartyAcceded", "2018-01-01"))
                .when(new NominateContact(ID, COMMISSION, "DG CNECT", null, null, date("2019-01-01")))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }

    @Test
    void replacesAnAccessionWithTheDateOfItsInstrument() {
        RecordAccession corrected = accede(commission(), "2018-02-01");
        fixture.given(signed(), commissionAcceded("2018-01-01"))
                .when(retract(1, corrected))
                .expectEvents(retracted(1, "PartyAcceded", "2018-01-01"), acceded(corrected));
    }

    @Test
    void refusesToRetractAnAccessionWhileALaterFactNamesTheParty() {
        fixture.given(
                        signed(),
                        commissionAcceded("2018-01-01"),
                        new ContactNominated(ID, COMMISSION, "DG CNECT", null, null, date("2019-01-01")))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void refusesToRetractAnAccessionThatAWithdrawalCountedOn() {
        // Without the Commission, METI's notice would have left one party: it would have been a termination.
        fixture.given(
                        signed(),
                        commissionAcceded("2018-01-01"),
                        withdrawalNoticeGiven(METI, "2019-01-02", "2019-04-02"))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void retractsAPendingWithdrawalNoticeAndKeepsTheOtherPartysWithdrawalDue() {
        fixture.givenCurrentTime(WHILE_PENDING)
                .andGiven(
                        signedByThree(),
                        franceAcceded("2018-01-01"),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"),
                        withdrawalNoticeGiven(FRANCE, "2019-01-10", "2019-04-10"))
                .when(retract(2))
                .expectEvents(retracted(2, "WithdrawalNoticeGiven", "2019-01-02"))
                .expectNoScheduledDeadlineOfType(Instant.parse("2019-04-03T00:00:00Z"), WithdrawalDue.class)
                .expectScheduledDeadline(
                        Instant.parse("2019-04-11T00:00:00Z"), new WithdrawalDue(FRANCE, date("2019-04-10")));
    }

    @Test
    void withoutTheRetractedNoticeThePartyMayGiveNoticeAgain() {
        fixture.givenCurrentTime(WHILE_PENDING)
                .andGiven(
                        signedByThree(),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"),
                        retracted(1, "WithdrawalNoticeGiven", "2019-01-02"))
                .when(terminate(COMMISSION, "2019-01-20", "2019-04-20"))
                .expectEvents(withdrawalNoticeGiven(COMMISSION, "2019-01-20", "2019-04-20"));
    }

    @Test
    void replacesAWithdrawalNoticeWithTheDatesOfTheNoteVerbale() {
        fixture.givenCurrentTime(WHILE_PENDING)
                .andGiven(signedByThree(), withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"))
                .when(retract(1, terminate(COMMISSION, "2019-01-03", "2019-04-03")))
                .expectEvents(
                        retracted(1, "WithdrawalNoticeGiven", "2019-01-02"),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-03", "2019-04-03"))
                .expectScheduledDeadline(
                        Instant.parse("2019-04-04T00:00:00Z"), new WithdrawalDue(COMMISSION, date("2019-04-03")));
    }

    @Test
    void refusesToRetractTheWithdrawalItselfByHand() {
        fixture.given(
                        signedByThree(),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"),
                        withdrew(COMMISSION, "2019-04-02"))
                .when(retract(2))
                .expectNoEvents()
                .expectException(violates(Rule.DERIVED_FACT_NOT_RETRACTABLE));
    }

    @Test
    void refusesToRetractAWithdrawalNoticeThatALaterTerminationCountedOn() {
        // METI's notice ended the agreement because the Commission was leaving; without that, it would be a withdrawal.
        fixture.givenCurrentTime(WHILE_PENDING)
                .andGiven(
                        signedByThree(),
                        withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"),
                        noticeGiven(terminate(METI, "2019-01-10", "2019-04-10")))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void retractsANewNameAndTheDayTakesOneAgain() {
        RenameParty rename = rename(BMWI, BMWK, "2021-12-08");
        fixture.given(signed(), renamed(rename))
                .when(retract(1))
                .expectEvents(retracted(1, "PartyRenamed", "2021-12-08"));
        fixture.given(signed(), renamed(rename), retracted(1, "PartyRenamed", "2021-12-08"))
                .when(rename)
                .expectEvents(renamed(rename));
    }

    @Test
    void replacesANewNameWithTheDayItWasTaken() {
        RenameParty corrected = rename(BMWI, BMWK, "2021-12-09");
        fixture.given(signed(), renamed(rename(BMWI, BMWK, "2021-12-08")))
                .when(retract(1, corrected))
                .expectEvents(retracted(1, "PartyRenamed", "2021-12-08"), renamed(corrected));
    }

    @Test
    void refusesToRetractANewNameWhenTheNextOneWouldChangeNothing() {
        fixture.given(
                        signed(),
                        renamed(rename(BMWI, BMWK, "2021-12-08")),
                        renamed(rename(BMWI, BMWI_NAME, "2022-01-01")))
                .when(retract(1))
                .expectNoEvents()
                .expectException(violates(Rule.LATER_FACT_DEPENDS));
    }

    @Test
    void refusesAReplacementOfAnotherKindForANewName() {
        fixture.given(signed(), renamed(rename(BMWI, BMWK, "2021-12-08")))
                .when(retract(1, accede(commission(), "2018-01-01")))
                .expectNoEvents()
                .expectException(violates(Rule.REPLACEMENT_OF_ANOTHER_KIND));
    }

    @Test
    void refusesAReplacementOfAnotherKindForAWithdrawalNotice() {
        fixture.givenCurrentTime(WHILE_PENDING)
                .andGiven(signedByThree(), withdrawalNoticeGiven(COMMISSION, "2019-01-02", "2019-04-02"))
                .when(retract(1, rename(BMWI, BMWK, "2018-01-01")))
                .expectNoEvents()
                .expectException(violates(Rule.REPLACEMENT_OF_ANOTHER_KIND));
    }
}
