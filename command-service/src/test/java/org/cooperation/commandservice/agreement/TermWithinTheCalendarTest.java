package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.parties;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A term ends, and its expiry falls, within the calendar of the published language (up to
 * 9999-12-31), so that every reader can store the dates an agreement derives.
 */
class TermWithinTheCalendarTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void acceptsATermWhoseExpiryFallsOnTheCalendarsLastDay() {
        fixture.givenNoPriorActivity()
                .when(signedFrom("9994-12-31"))
                .expectEvents(signed(signedFrom("9994-12-31"), date("9999-12-30")));
    }

    @Test
    void refusesATermThatEndsOnTheCalendarsLastDay() {
        fixture.givenNoPriorActivity()
                .when(signedFrom("9995-01-01"))
                .expectNoEvents()
                .expectException(violates(Rule.TERM_BEYOND_CALENDAR));
    }

    @Test
    void refusesAnExtensionBeyondTheCalendar() {
        fixture.given(signed(signedFrom("9990-01-01"), date("9994-12-31")))
                .when(extend("2021-02-01", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.TERM_BEYOND_CALENDAR));
    }

    @Test
    void refusesAnExtensionOfALengthStoredBeforeTermsWereCappedInsteadOfFailing() {
        AgreementSigned uncapped = new AgreementSigned(
                JointStatement.ID,
                "Uncapped",
                sign().kind(),
                parties(),
                JointStatement.SIGNED_ON,
                "Tokyo",
                JointStatement.SIGNED_ON,
                new Term(5, 1, Integer.MAX_VALUE),
                JointStatement.TERM_ENDS_ON,
                90,
                sign().meetings(),
                sign().fieldsOfCooperation(),
                null);
        fixture.given(uncapped)
                .when(extend("2021-02-01", "2021-02-10"))
                .expectNoEvents()
                .expectException(violates(Rule.TERM_BEYOND_CALENDAR));
    }

    @Test
    void findsANoticeTooShortUnderANoticePeriodStoredBeforePeriodsWereCapped() {
        AgreementSigned uncapped = new AgreementSigned(
                JointStatement.ID,
                "Uncapped",
                sign().kind(),
                parties(),
                JointStatement.SIGNED_ON,
                "Tokyo",
                JointStatement.SIGNED_ON,
                JointStatement.TERM,
                JointStatement.TERM_ENDS_ON,
                Integer.MAX_VALUE,
                sign().meetings(),
                sign().fieldsOfCooperation(),
                null);
        fixture.given(uncapped)
                .when(terminate(JointStatement.METI, "2020-01-10", "2021-04-27"))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_TOO_SHORT));
    }

    /** Signed in 2016 (a signature is dated today or earlier), taking effect on the day given. */
    private static SignAgreement signedFrom(String effectiveFrom) {
        SignAgreement template = sign();
        return new SignAgreement(
                template.agreementId(),
                template.title(),
                template.kind(),
                template.parties(),
                template.signedOn().earliest(),
                template.place(),
                date(effectiveFrom),
                template.term(),
                template.terminationNoticeDays(),
                template.meetings(),
                template.fieldsOfCooperation(),
                template.financialArrangement());
    }
}
