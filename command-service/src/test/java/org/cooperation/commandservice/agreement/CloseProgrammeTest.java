package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.Vulcanus.close;
import static org.cooperation.commandservice.agreement.Vulcanus.closed;
import static org.cooperation.commandservice.agreement.Vulcanus.launched;
import static org.cooperation.commandservice.agreement.Vulcanus.yearRecorded;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 15: a programme closes once, on or after its launch, inside the period in force. */
class CloseProgrammeTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void closesAProgramme() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(close("2019-08-31"))
                .expectEvents(closed("2019-08-31"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void acceptsAClosingOnTheDayOfTheLaunch() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(close("2017-09-01"))
                .expectEvents(closed("2017-09-01"));
    }

    @Test
    void rejectsAClosingTheDayBeforeTheLaunch() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(close("2017-08-31"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_BEFORE_LAUNCH));
    }

    @Test
    void acceptsAClosingAsVagueAsTheLaunchInTheSameYear() {
        fixture.given(signed(), launched("2017")).when(close("2017")).expectEvents(closed("2017"));
    }

    @Test
    void acceptsAVagueClosingAllOfWhoseDaysFollowTheLaunch() {
        fixture.given(signed(), launched("2017-09-01")).when(close("2017-10")).expectEvents(closed("2017-10"));
    }

    @Test
    void saysAClosingIsTooVagueWhenItMayBeBeforeTheLaunch() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(close("2017"))
                .expectNoEvents()
                .expectException(violates(Rule.DATE_TOO_VAGUE, "closedOn"));
    }

    @Test
    void rejectsAVagueClosingAllOfWhoseDaysPrecedeTheLaunch() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(close("2017-08"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_BEFORE_LAUNCH));
    }

    @Test
    void rejectsASecondClosing() {
        fixture.given(signed(), launched("2017-09-01"), closed("2019-08-31"))
                .when(close("2019-09-30"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_ALREADY_CLOSED));
    }

    @Test
    void acceptsAClosingInTheLastYearWithFigures() {
        fixture.given(signed(), launched("2017-09-01"), yearRecorded(2019))
                .when(close("2019-01-01"))
                .expectEvents(closed("2019-01-01"));
    }

    @Test
    void rejectsAClosingBeforeAYearWithFigures() {
        fixture.given(signed(), launched("2017-09-01"), yearRecorded(2019))
                .when(close("2018-12-31"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_BEFORE_RECORDED_YEAR));
    }

    @Test
    void acceptsAClosingOnTheAgreementsLastDayInForce() {
        fixture.given(signed(), launched("2017-09-01"), expired())
                .when(close("2021-04-27"))
                .expectEvents(closed("2021-04-27"));
    }

    @Test
    void rejectsAClosingTheDayAfterTheAgreementExpired() {
        fixture.given(signed(), launched("2017-09-01"), expired())
                .when(close("2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void saysAClosingIsTooVagueWhenTheAgreementEndedWithinIt() {
        fixture.given(signed(), launched("2017-09-01"), expired())
                .when(close("2021-04"))
                .expectNoEvents()
                .expectException(violates(Rule.DATE_TOO_VAGUE, "closedOn"));
    }

    @Test
    void acceptsAClosingToday() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed(), launched("2017-09-01"))
                .when(close("2019-06-15"))
                .expectEvents(closed("2019-06-15"));
    }

    @Test
    void rejectsAClosingTomorrow() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed(), launched("2017-09-01"))
                .when(close("2019-06-16"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSING_IN_FUTURE, "closedOn"));
    }

    @Test
    void rejectsAProgrammeNeverLaunched() {
        fixture.given(signed())
                .when(close("2019-08-31"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_UNKNOWN));
    }
}
