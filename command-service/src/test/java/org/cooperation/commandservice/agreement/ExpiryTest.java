package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.JointStatement.EXTENDED_TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.extend;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 6: without extension or termination the agreement ends by itself, as of termEndsOn + 1. */
class ExpiryTest {

    private static final Instant SIGNING_DAY = Instant.parse("2016-04-28T09:00:00Z");
    private static final Instant EXPIRY = Instant.parse("2021-04-28T00:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void schedulesExpiryAtTheStartOfTheDayAfterTheTermsLastDay() {
        fixture.givenNoPriorActivity().when(sign()).expectScheduledDeadline(EXPIRY, new ExpiryDue(TERM_ENDS_ON));
    }

    @Test
    void schedulesExpiryAtMidnightInTheBusinessZone() {
        AgreementFixture.create(ZoneId.of("Asia/Tokyo"))
                .givenNoPriorActivity()
                .when(sign())
                .expectScheduledDeadline(Instant.parse("2021-04-27T15:00:00Z"), new ExpiryDue(TERM_ENDS_ON));
    }

    @Test
    void staysInForceUntilTheEndOfTheTermsLastDay() {
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign())
                .whenTimeAdvancesTo(EXPIRY.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void expiresAtTheStartOfTheDayAfterTheTermsLastDay() {
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign())
                .whenTimeAdvancesTo(EXPIRY)
                .expectEvents(expired());
    }

    @Test
    void expiresAHistoricAgreementAsSoonAsItIsEntered() {
        fixture.givenCurrentTime(Instant.parse("2024-06-01T10:00:00Z"))
                .andGivenCommands(sign())
                .whenTimeElapses(java.time.Duration.ZERO)
                .expectEvents(expired());
    }

    @Test
    void keepsAHistoricAgreementEnteredOnItsTermsLastDayInForceUntilThatDayEnds() {
        fixture.givenCurrentTime(Instant.parse("2021-04-27T10:00:00Z"))
                .andGivenCommands(sign())
                .whenTimeAdvancesTo(EXPIRY.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void expiresAHistoricAgreementEnteredOnItsTermsLastDayAtTheStartOfTheDayAfter() {
        fixture.givenCurrentTime(Instant.parse("2021-04-27T10:00:00Z"))
                .andGivenCommands(sign())
                .whenTimeAdvancesTo(EXPIRY)
                .expectEvents(expired());
    }

    @Test
    void endsATermThatBeganOnTheTwentyNinthOfFebruaryOnTheLastDayOfFebruary() {
        // Five years from 2016-02-29: 2021 has no 29 February, so the term's last day is the 28th, not the 27th.
        LocalDate leapDay = LocalDate.parse("2016-02-29");
        SignAgreement signing = sign(leapDay, leapDay, JointStatement.TERM);
        LocalDate lastDay = LocalDate.parse("2021-02-28");
        fixture.givenCurrentTime(Instant.parse("2016-02-29T09:00:00Z"))
                .when(signing)
                .expectEvents(signed(signing, lastDay))
                .expectScheduledDeadline(Instant.parse("2021-03-01T00:00:00Z"), new ExpiryDue(lastDay));
    }

    @Test
    void ignoresAnExpiryMadeStaleByAnExtension() {
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign())
                .andGiven(termExtended())
                .whenTimeAdvancesTo(EXPIRY)
                .expectNoEvents();
    }

    @Test
    void cancelsTheOldExpiryAndExpiresOnTheExtendedEnd() {
        // The day the last letter was written: the letters have happened, the term has not ended.
        fixture.givenCurrentTime(Instant.parse("2021-02-10T12:00:00Z"))
                .andGivenCommands(sign(), extend("2021-02-01", "2021-02-10"))
                .whenTimeAdvancesTo(Instant.parse("2026-04-28T00:00:00Z"))
                .expectEvents(new AgreementExpired(ID, EXTENDED_TERM_ENDS_ON, EXTENDED_TERM_ENDS_ON.plusDays(1)));
    }

    @Test
    void leavesTheEndToANoticeThatEndsOnTheTermsLastDay() {
        fixture.givenCurrentTime(Instant.parse("2021-01-01T12:00:00Z"))
                .andGivenCommands(sign(), terminate(METI, "2021-01-01", "2021-04-27"))
                .whenTimeAdvancesTo(EXPIRY)
                .expectEvents(new AgreementTerminated(ID, METI, TERM_ENDS_ON, TERM_ENDS_ON.plusDays(1)));
    }
}
