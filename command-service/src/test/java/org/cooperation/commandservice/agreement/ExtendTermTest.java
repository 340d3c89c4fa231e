package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.EXTENDED_TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 4: extended once by five years, with every party's written consent, before the term has ended. */
class ExtendTermTest {

    /** The last day in force after a second five-year extension. */
    private static final LocalDate SECOND_EXTENDED_TERM_ENDS_ON = date("2031-04-27");
    /** The letters of a second extension, before the first extended term ends. */
    private static final ExtendTerm SECOND_OF_TWO = extend("2026-01-05", "2026-01-06");
    /** The day a secretariat enters history years late: after even the extended term's last day. */
    private static final Instant ENTERED = Instant.parse("2026-11-21T10:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void extendsByFiveYearsWithEveryPartysConsent() {
        ExtendTerm extension = extend("2021-02-01", "2021-02-10");
        fixture.given(signed())
                .when(extension)
                .expectEvents(termExtended(extension))
                .expectResultMessagePayload(1L)
                .expectScheduledDeadline(Instant.parse("2026-04-28T00:00:00Z"), new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void cancelsTheExpiryOfTheOldTerm() {
        fixture.givenCommands(sign())
                .when(extend("2021-02-01", "2021-02-10"))
                .expectNoScheduledDeadline(Instant.parse("2021-04-28T00:00:00Z"), new ExpiryDue(TERM_ENDS_ON));
    }

    @Test
    void acceptsAConsentDatedOnTheTermsLastDay() {
        ExtendTerm extension = extend("2021-02-01", "2021-04-27");
        fixture.given(signed()).when(extension).expectEvents(termExtended(extension));
    }

    @Test
    void rejectsAConsentDatedTheDayAfterTheTermsLastDay() {
        fixture.given(signed())
                .when(extend("2021-02-01", "2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENT_AFTER_TERM_END));
    }

    @Test
    void rejectsAnExtensionWithoutEveryPartysConsent() {
        fixture.given(signed())
                .when(new ExtendTerm(ID, List.of(new Consent(BMWI, date("2021-02-01"), "BMWi IV-2021-17"))))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY))
                .expectExceptionMessage(
                        "no written consent from JP-METI, a party on 2021-02-01, the date of the last letter");
    }

    @Test
    void rejectsAConsentFromSomeoneWhoIsNotAParty() {
        List<Consent> consents = List.of(
                new Consent(BMWI, date("2021-02-01"), "BMWi IV-2021-17"),
                new Consent(METI, date("2021-02-10"), "METI-MIPO-2021-4"),
                new Consent(PartyCode.of("FR-MEF"), date("2021-02-11"), "MEF-1"));
        fixture.given(signed())
                .when(new ExtendTerm(ID, consents))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY));
    }

    @Test
    void rejectsTwoConsentsOfOnePartyInPlaceOfAnother() {
        List<Consent> consents = List.of(
                new Consent(BMWI, date("2021-02-01"), "BMWi IV-2021-17"),
                new Consent(BMWI, date("2021-02-10"), "BMWi IV-2021-18"));
        fixture.given(signed())
                .when(new ExtendTerm(ID, consents))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENTS_FROM_EVERY_PARTY));
    }

    @Test
    void rejectsSecondExtension() {
        fixture.given(signed(), termExtended())
                .when(extend("2026-01-05", "2026-01-06"))
                .expectNoEvents()
                .expectException(violates(Rule.NO_EXTENSIONS_LEFT));
    }

    @Test
    void acceptsTheSecondExtensionOfATermExtendableTwice() {
        fixture.givenCurrentTime(Instant.parse("2026-02-01T10:00:00Z"))
                .andGiven(signedExtendable(2), firstOfTwo())
                .when(SECOND_OF_TWO)
                .expectEvents(secondOfTwo());
    }

    @Test
    void rejectsTheThirdExtensionOfATermExtendableTwice() {
        fixture.givenCurrentTime(Instant.parse("2031-02-01T10:00:00Z"))
                .andGiven(signedExtendable(2), firstOfTwo(), secondOfTwo())
                .when(extend("2031-01-05", "2031-01-06"))
                .expectNoEvents()
                .expectException(violates(Rule.NO_EXTENSIONS_LEFT, "agreementId"));
    }

    @Test
    void rejectsTheFirstExtensionOfATermNotExtendable() {
        fixture.given(signedExtendable(0))
                .when(extend("2021-02-01", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.NO_EXTENSIONS_LEFT, "agreementId"));
    }

    @Test
    void rejectsExtendingWhileATerminationIsPending() {
        fixture.given(signed(), noticeGiven(terminate(METI, "2020-10-01", "2021-01-31")))
                .when(extend("2020-11-01", "2020-11-02"))
                .expectNoEvents()
                .expectException(violates(Rule.EXTENSION_WHILE_TERMINATION_PENDING));
    }

    @Test
    void acceptsAnExtensionEnteredLateWhoseConsentsPredateThePendingNotice() {
        ExtendTerm agreedBefore = extend("2020-09-29", "2020-09-30");
        fixture.given(signed(), noticeGiven(terminate(METI, "2020-10-01", "2021-01-31")))
                .when(agreedBefore)
                .expectEvents(termExtended(agreedBefore))
                .expectScheduledDeadline(Instant.parse("2026-04-28T00:00:00Z"), new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void rejectsAnExtensionWithAConsentDatedOnTheDayOfThePendingNotice() {
        fixture.given(signed(), noticeGiven(terminate(METI, "2020-10-01", "2021-01-31")))
                .when(extend("2020-09-29", "2020-10-01"))
                .expectNoEvents()
                .expectException(violates(Rule.EXTENSION_WHILE_TERMINATION_PENDING));
    }

    @Test
    void recordsAnExtensionAgreedBeforeTheNoticeThatEndedTheAgreement() {
        TerminationNoticeGiven notice = noticeGiven(terminate(METI, "2020-10-01", "2021-01-31"));
        ExtendTerm agreedBefore = extend("2020-09-29", "2020-09-30");
        fixture.given(signed(), notice, terminated(notice))
                .when(agreedBefore)
                .expectEvents(termExtended(agreedBefore))
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejectsExtendingATerminatedAgreement() {
        TerminationNoticeGiven notice = noticeGiven(terminate(METI, "2020-10-01", "2021-01-31"));
        fixture.given(signed(), notice, terminated(notice))
                .when(extend("2020-11-01", "2020-11-02"))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_ENDED));
    }

    @Test
    void revokesARecordedExpiryWhenTheConsentsPredateIt() {
        ExtendTerm lateEntry = extend("2021-02-01", "2021-04-27");
        fixture.given(signed(), expired())
                .when(lateEntry)
                .expectEvents(
                        new ExpiryRevoked(
                                ID,
                                TERM_ENDS_ON.plusDays(1),
                                "an extension entered later has consents dated on or before the term's last day 2021-04-27"),
                        termExtended(lateEntry))
                .expectResultMessagePayload(3L)
                .expectScheduledDeadline(Instant.parse("2026-04-28T00:00:00Z"), new ExpiryDue(EXTENDED_TERM_ENDS_ON));
    }

    @Test
    void expiresAtOnceOnTheExtendedEndWhenTheLateExtensionHasRunOut() {
        fixture.givenCurrentTime(ENTERED)
                .andGiven(signed(), expired())
                .andGivenCommands(extend("2021-02-01", "2021-02-10"))
                .whenTimeAdvancesTo(ENTERED.plusSeconds(1))
                .expectEvents(new AgreementExpired(ID, EXTENDED_TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON.plusDays(1)));
    }

    @Test
    void keepsTheExpiryWhenALateConsentCameAfterIt() {
        fixture.given(signed(), expired())
                .when(extend("2021-02-01", "2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENT_AFTER_TERM_END));
    }

    /** The Joint Statement as if it could be extended {@code maxExtensions} times, each by five years. */
    private static AgreementSigned signedExtendable(int maxExtensions) {
        Term term = new Term(5, maxExtensions, maxExtensions == 0 ? 0 : 5);
        return signed(sign(SIGNED_ON, SIGNED_ON, term), TERM_ENDS_ON);
    }

    /** The first of two extensions, each of five years: one left. */
    private static TermExtended firstOfTwo() {
        return new TermExtended(
                ID, extend("2021-02-01", "2021-02-10").consents(), TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON, 1, 1);
    }

    /** The second of two, by {@link #SECOND_OF_TWO}: none left. */
    private static TermExtended secondOfTwo() {
        return new TermExtended(
                ID, SECOND_OF_TWO.consents(), EXTENDED_TERM_ENDS_ON, SECOND_EXTENDED_TERM_ENDS_ON, 2, 0);
    }
}
