package org.cooperation.commandservice.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.Vulcanus.DESCRIPTION;
import static org.cooperation.commandservice.agreement.Vulcanus.NAME;
import static org.cooperation.commandservice.agreement.Vulcanus.PROGRAMME;
import static org.cooperation.commandservice.agreement.Vulcanus.close;
import static org.cooperation.commandservice.agreement.Vulcanus.closed;
import static org.cooperation.commandservice.agreement.Vulcanus.launched;
import static org.cooperation.commandservice.agreement.Vulcanus.runningBy;
import static org.cooperation.commandservice.agreement.Vulcanus.year;
import static org.cooperation.commandservice.agreement.Vulcanus.yearRecorded;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.command.LaunchProgramme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A programme whose launch the source does not state (the EU–Japan Centre's, shown running in 2019):
 * {@code runningBy} is judged as a launch date would be, at the edges of the Joint Statement's period
 * in force (2016-04-28 to 2021-04-27) and of today; a year's figures are not held to an unknown
 * launch; a closing is not before the earliest day of {@code runningBy}.
 */
class RunningByTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsAProgrammeRunningByADateWithoutALaunch() {
        fixture.given(signed())
                .when(runningBy("2019"))
                .expectEvents(launched(runningBy("2019")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void takesExactlyOneOfTheLaunchAndTheDateItRanBy() {
        BusinessDate year = BusinessDate.parse("2019");
        assertThatThrownBy(() -> new LaunchProgramme(ID, PROGRAMME, NAME, DESCRIPTION, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.field()).isEqualTo("launchedOn"))
                .hasMessageContaining("runningBy");
        assertThatThrownBy(() -> new LaunchProgramme(ID, PROGRAMME, NAME, DESCRIPTION, year, year))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.field()).isEqualTo("runningBy"))
                .hasMessageContaining("leave runningBy out");
    }

    @Test
    void rejectsRunningByTheDayBeforeTheEffectiveDateNamingRunningBy() {
        fixture.given(signed())
                .when(runningBy("2016-04-27"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE, "runningBy"));
    }

    @Test
    void acceptsRunningByTheEffectiveDate() {
        fixture.given(signed()).when(runningBy("2016-04-28")).expectEvents(launched(runningBy("2016-04-28")));
    }

    @Test
    void acceptsRunningByTheDayAfterTheEffectiveDate() {
        fixture.given(signed()).when(runningBy("2016-04-29")).expectEvents(launched(runningBy("2016-04-29")));
    }

    @Test
    void acceptsRunningByTheLastDayInForce() {
        fixture.given(signed(), expired())
                .when(runningBy("2021-04-27"))
                .expectEvents(launched(runningBy("2021-04-27")));
    }

    @Test
    void rejectsRunningByTheDayAfterTheLastDayInForce() {
        fixture.given(signed(), expired())
                .when(runningBy("2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE, "runningBy"));
    }

    @Test
    void saysRunningByAYearPartlyOutsideThePeriodInForceIsTooVague() {
        fixture.given(signed())
                .when(runningBy("2016"))
                .expectNoEvents()
                .expectException(violates(Rule.DATE_TOO_VAGUE, "runningBy"));
    }

    @Test
    void acceptsRunningByToday() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed())
                .when(runningBy("2019-06-15"))
                .expectEvents(launched(runningBy("2019-06-15")));
    }

    @Test
    void rejectsRunningByTomorrow() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed())
                .when(runningBy("2019-06-16"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_LAUNCH_IN_FUTURE, "runningBy"));
    }

    @Test
    void acceptsFiguresOfAYearBeforeTheDateItRanByWhenTheLaunchIsUnknown() {
        fixture.given(signed(), launched(runningBy("2019"))).when(year(2017)).expectEvents(yearRecorded(2017));
    }

    @Test
    void stillRejectsFiguresOfAYearBeforeAKnownLaunch() {
        fixture.given(signed(), launched("2019"))
                .when(year(2018))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_BEFORE_LAUNCH));
    }

    @Test
    void rejectsAClosingTheDayBeforeTheDateItRanBy() {
        fixture.given(signed(), launched(runningBy("2019-06-15")))
                .when(close("2019-06-14"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_BEFORE_LAUNCH, "closedOn"));
    }

    @Test
    void acceptsAClosingOnTheDateItRanBy() {
        fixture.given(signed(), launched(runningBy("2019-06-15")))
                .when(close("2019-06-15"))
                .expectEvents(closed("2019-06-15"));
    }

    @Test
    void acceptsAClosingTheDayAfterTheDateItRanBy() {
        fixture.given(signed(), launched(runningBy("2019-06-15")))
                .when(close("2019-06-16"))
                .expectEvents(closed("2019-06-16"));
    }

    @Test
    void rejectsAClosingTheYearBeforeAVagueDateItRanBy() {
        fixture.given(signed(), launched(runningBy("2019")))
                .when(close("2018-12-31"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_CLOSED_BEFORE_LAUNCH));
    }

    @Test
    void saysAClosingWithinAVagueDateItRanByMayBeBeforeIt() {
        fixture.given(signed(), launched(runningBy("2019")))
                .when(close("2019-06"))
                .expectNoEvents()
                .expectException(violates(Rule.DATE_TOO_VAGUE, "closedOn"));
    }

    @Test
    void takesAClosingAsVagueAsTheDateItRanByAsAfterIt() {
        fixture.given(signed(), launched(runningBy("2019"))).when(close("2019")).expectEvents(closed("2019"));
    }
}
