package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.Multilateral.COMMISSION;
import static org.cooperation.commandservice.agreement.Multilateral.accede;
import static org.cooperation.commandservice.agreement.Multilateral.acceded;
import static org.cooperation.commandservice.agreement.Multilateral.commission;
import static org.cooperation.commandservice.agreement.Multilateral.commissionAcceded;
import static org.cooperation.commandservice.agreement.Multilateral.leftOn;
import static org.cooperation.commandservice.agreement.Multilateral.signedByThree;
import static org.cooperation.commandservice.agreement.Multilateral.withdrawalNoticeGiven;
import static org.cooperation.commandservice.agreement.Multilateral.withdrew;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.command.NominateContact;
import org.cooperation.agreement.api.command.RecordAccession;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.TermExtended;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md rule 13 and rule 5's withdrawal: parties accede after the signature, a party of three or
 * more withdraws by its notice while two others remain, and "the parties" of each rule are those of
 * the rule's business date. The 2016 Joint Statement (in force 2016-04-28 to 2021-04-27, 90 days'
 * notice) with the European Commission as a third party.
 */
class PartiesOverTimeTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void acceptsAnAccessionTheDayAfterTheSignature() {
        RecordAccession accession = accede(commission(), "2016-04-29");
        fixture.given(signed()).when(accession).expectEvents(acceded(accession)).expectResultMessagePayload(1L);
    }

    @Test
    void rejectsAnAccessionOnTheDayOfTheSignature() {
        fixture.given(signed())
                .when(accede(commission(), "2016-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_NOT_AFTER_SIGNATURE));
    }

    @Test
    void acceptsAnAccessionOnTheTermsLastDayAndRejectsOneTheDayAfter() {
        RecordAccession lastDay = accede(commission(), "2021-04-27");
        fixture.given(signed()).when(lastDay).expectEvents(acceded(lastDay));
        fixture.given(signed())
                .when(accede(commission(), "2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_OUTSIDE_PERIOD_IN_FORCE));
    }

    /** Signed on 2016-04-28, in force from 2016-05-02: after the signature is not yet inside the period in force. */
    @Test
    void rejectsAnAccessionAfterTheSignatureButTheDayBeforeTheEffectiveDate() {
        fixture.given(JointStatement.signedEffectiveLater())
                .when(accede(commission(), "2016-05-01"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_OUTSIDE_PERIOD_IN_FORCE, "accededOn"));
    }

    @Test
    void acceptsAnAccessionOnTheEffectiveDateAndTheDayAfter() {
        RecordAccession onTheDay = accede(commission(), "2016-05-02");
        fixture.given(JointStatement.signedEffectiveLater()).when(onTheDay).expectEvents(acceded(onTheDay));
        RecordAccession theDayAfter = accede(commission(), "2016-05-03");
        fixture.given(JointStatement.signedEffectiveLater()).when(theDayAfter).expectEvents(acceded(theDayAfter));
    }

    @Test
    void acceptsAnAccessionOnAPendingTerminationsLastDayAndRejectsOneTheDayAfter() {
        var pending = noticeGiven(terminate(METI, "2020-01-06", "2020-06-30"));
        RecordAccession lastDay = accede(commission(), "2020-06-30");
        fixture.given(signed(), pending).when(lastDay).expectEvents(acceded(lastDay));
        fixture.given(signed(), pending)
                .when(accede(commission(), "2020-07-01"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_OUTSIDE_PERIOD_IN_FORCE, "accededOn"));
    }

    @Test
    void rejectsTheAccessionOfAPartyAlreadyRecorded() {
        fixture.given(signed(), commissionAcceded("2018-01-01"))
                .when(accede(commission(), "2019-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_ALREADY_RECORDED));
        fixture.given(signed())
                .when(accede(JointStatement.parties().get(0), "2019-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_ALREADY_RECORDED));
    }

    @Test
    void acceptsAPublicInstitutionAsAParty() {
        RecordAccession dfki = accede(
                new Party(
                        PartyCode.of("DE-DFKI"),
                        "German Research Center for Artificial Intelligence",
                        PartyKind.PUBLIC_INSTITUTION,
                        CountryCode.of("DE"),
                        null),
                "2017-03-19");
        fixture.given(signed()).when(dfki).expectEvents(acceded(dfki));
    }

    @Test
    void makesTheNoticeOfOneOfThreePartiesItsWithdrawal() {
        TerminateWithNotice notice = terminate(METI, "2019-01-02", "2019-04-02");
        fixture.given(signedByThree())
                .when(notice)
                .expectEvents(withdrawalNoticeGiven(METI, "2019-01-02", "2019-04-02"))
                .expectScheduledDeadline(
                        Instant.parse("2019-04-03T00:00:00Z"), new WithdrawalDue(METI, date("2019-04-02")));
    }

    @Test
    void makesANoticeTheDayBeforeAnAccessionATerminationAndOneOnItsDayAWithdrawal() {
        fixture.given(signed(), commissionAcceded("2019-01-02"))
                .when(terminate(METI, "2019-01-01", "2019-04-01"))
                .expectEvents(noticeGiven(terminate(METI, "2019-01-01", "2019-04-01")));
        fixture.given(signed(), commissionAcceded("2019-01-02"))
                .when(terminate(METI, "2019-01-02", "2019-04-02"))
                .expectEvents(withdrawalNoticeGiven(METI, "2019-01-02", "2019-04-02"));
    }

    @Test
    void holdsAWithdrawalToTheNoticePeriod() {
        fixture.given(signedByThree())
                .when(terminate(METI, "2019-01-02", "2019-04-01"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_TOO_SHORT));
    }

    @Test
    void acceptsAWithdrawalOnTheTermsLastDay() {
        fixture.given(signedByThree())
                .when(terminate(METI, "2020-12-01", "2021-04-27"))
                .expectEvents(withdrawalNoticeGiven(METI, "2020-12-01", "2021-04-27"));
    }

    @Test
    void rejectsAWithdrawalTheDayAfterTheTermsLastDay() {
        fixture.given(signedByThree())
                .when(terminate(METI, "2020-12-01", "2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_ENDS_AFTER_TERM, "endsOn"));
    }

    @Test
    void recordsTheWithdrawalTheDayAfterTheLastDayAsAParty() {
        fixture.given(signedByThree())
                .andGivenCommands(terminate(METI, "2019-01-02", "2019-04-02"))
                .whenTimeAdvancesTo(Instant.parse("2019-04-02T23:59:59Z"))
                .expectNoEvents();
        fixture.given(signedByThree())
                .andGivenCommands(terminate(METI, "2019-01-02", "2019-04-02"))
                .whenTimeAdvancesTo(Instant.parse("2019-04-03T00:00:00Z"))
                .expectEvents(withdrew(METI, "2019-04-02"));
    }

    @Test
    void keepsTheAgreementInForceAmongTheOthersAndEndsItByTheNextNotice() {
        TerminateWithNotice next = terminate(BMWI, "2019-05-01", "2019-07-30");
        fixture.given(leftOn(METI, "2019-01-02", "2019-04-02")).when(next).expectEvents(noticeGiven(next));
    }

    @Test
    void makesANoticeWhileAnotherPartyIsWithdrawingATermination() {
        TerminateWithNotice next = terminate(BMWI, "2019-02-01", "2019-05-02");
        fixture.given(signedByThree(), withdrawalNoticeGiven(METI, "2019-01-02", "2019-04-02"))
                .when(next)
                .expectEvents(noticeGiven(next));
    }

    @Test
    void rejectsASecondNoticeOfAWithdrawingParty() {
        fixture.given(signedByThree(), withdrawalNoticeGiven(METI, "2019-01-02", "2019-04-02"))
                .when(terminate(METI, "2019-02-01", "2019-05-02"))
                .expectNoEvents()
                .expectException(violates(Rule.WITHDRAWAL_ALREADY_PENDING));
    }

    @Test
    void rejectsANoticeFromAPartyTheDayAfterItWithdrew() {
        fixture.given(leftOn(METI, "2019-01-02", "2019-04-02"))
                .when(terminate(METI, "2019-04-03", "2019-07-02"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }

    @Test
    void withdrawsNoPartyOfAnAgreementThatEndedBefore() {
        fixture.given(signedByThree())
                .andGivenCommands(
                        terminate(METI, "2019-01-02", "2019-06-30"), terminate(BMWI, "2019-01-02", "2019-04-02"))
                .whenTimeAdvancesTo(Instant.parse("2019-07-01T00:00:00Z"))
                .expectEvents(new AgreementTerminated(ID, BMWI, date("2019-04-02"), date("2019-04-03")));
    }

    @Test
    void requiresTheConsentOfAPartyThatAccededOnTheDateOfTheLastLetter() {
        fixture.given(signed(), commissionAcceded("2021-02-10"))
                .when(JointStatement.extend("2021-02-01", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY));
    }

    @Test
    void doesNotRequireTheConsentOfAPartyThatAccededTheDayAfterTheLastLetter() {
        ExtendTerm extension = JointStatement.extend("2021-02-01", "2021-02-10");
        fixture.given(signed(), commissionAcceded("2021-02-11"))
                .when(extension)
                .expectSuccessfulHandlerExecution()
                .expectEvents(termExtended(extension));
    }

    @Test
    void rejectsAnAccessionEnteredLateOnTheDayOfARecordedExtensionsLastLetterOrBefore() {
        ExtendTerm extension = JointStatement.extend("2021-02-01", "2021-02-10");
        TermExtended extended = termExtended(extension);
        fixture.given(signed(), extended)
                .when(accede(commission(), "2021-02-09"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_BEFORE_RECORDED_EXTENSION));
        fixture.given(signed(), extended)
                .when(accede(commission(), "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_BEFORE_RECORDED_EXTENSION));
        RecordAccession theDayAfter = accede(commission(), "2021-02-11");
        fixture.given(signed(), extended).when(theDayAfter).expectEvents(acceded(theDayAfter));
    }

    @Test
    void acceptsTheConsentOfAPartyFromTheDayItAcceded() {
        ExtendTerm extension = withCommission("2021-02-10", "2021-02-10");
        fixture.given(signed(), commissionAcceded("2021-02-10")).when(extension).expectSuccessfulHandlerExecution();
        fixture.given(signed(), commissionAcceded("2021-02-10"))
                .when(withCommission("2021-02-09", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY));
    }

    @Test
    void doesNotRequireTheConsentOfAPartyThatWithdrewBeforeTheLastLetter() {
        fixture.given(leftOn(COMMISSION, "2020-01-02", "2020-04-01"))
                .when(JointStatement.extend("2021-02-01", "2021-02-10"))
                .expectSuccessfulHandlerExecution();
        fixture.given(leftOn(COMMISSION, "2020-01-02", "2021-02-10"))
                .when(JointStatement.extend("2021-02-01", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY));
    }

    @Test
    void doesNotRequireTheConsentOfAPartyWhoseLastDayIsTheDayBeforeTheLastLetter() {
        ExtendTerm extension = JointStatement.extend("2021-02-01", "2021-02-10");
        fixture.given(leftOn(COMMISSION, "2020-11-01", "2021-02-09"))
                .when(extension)
                .expectEvents(termExtended(extension));
    }

    @Test
    void acceptsTheConsentOfAPartyOnItsLastDayAndRejectsOneTheDayAfter() {
        ExtendTerm onItsLastDay = withCommission("2021-02-09", "2021-02-10");
        fixture.given(leftOn(COMMISSION, "2020-11-01", "2021-02-09"))
                .when(onItsLastDay)
                .expectEvents(termExtended(onItsLastDay));
        fixture.given(leftOn(COMMISSION, "2020-11-01", "2021-02-09"))
                .when(withCommission("2021-02-10", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY, "consents"));
    }

    @Test
    void rejectsAContactOfAPartyNominatedBeforeItAcceded() {
        NominateContact early =
                new NominateContact(ID, COMMISSION, "Desk officer", "Japan desk", null, date("2018-12-31"));
        fixture.given(signed(), commissionAcceded("2019-01-01"))
                .when(early)
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN));
    }

    @Test
    void acceptsAContactOfAPartyNominatedOnTheDayItAcceded() {
        NominateContact onAccession =
                new NominateContact(ID, COMMISSION, "Desk officer", "Japan desk", null, date("2019-01-01"));
        fixture.given(signed(), commissionAcceded("2019-01-01"))
                .when(onAccession)
                .expectEvents(
                        new ContactNominated(ID, COMMISSION, "Desk officer", "Japan desk", null, date("2019-01-01")));
    }

    @Test
    void acceptsAContactOfAWithdrawnPartyNominatedOnItsLastDayAndRejectsOneTheDayAfter() {
        NominateContact onItsLastDay = new NominateContact(ID, METI, "Policy Office", null, null, date("2019-04-02"));
        fixture.given(leftOn(METI, "2019-01-02", "2019-04-02"))
                .when(onItsLastDay)
                .expectEvents(new ContactNominated(ID, METI, "Policy Office", null, null, date("2019-04-02")));
        fixture.given(leftOn(METI, "2019-01-02", "2019-04-02"))
                .when(new NominateContact(ID, METI, "Policy Office", null, null, date("2019-04-03")))
                .expectNoEvents()
                .expectException(violates(Rule.PARTY_UNKNOWN, "party"));
    }

    private static ExtendTerm withCommission(String commissionLetter, String lastLetter) {
        return new ExtendTerm(
                ID,
                List.of(
                        new Consent(BMWI, date("2021-02-01"), "BMWi IV-2021"),
                        new Consent(METI, date(lastLetter), "METI-2021"),
                        new Consent(COMMISSION, date(commissionLetter), "Ares(2021)")));
    }
}
