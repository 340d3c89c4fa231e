package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.termExtended;
import static org.cooperation.commandservice.agreement.JointStatement.terminated;
import static org.cooperation.commandservice.agreement.Vulcanus.NAME;
import static org.cooperation.commandservice.agreement.Vulcanus.closed;
import static org.cooperation.commandservice.agreement.Vulcanus.launch;
import static org.cooperation.commandservice.agreement.Vulcanus.launched;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.ProgrammeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 15: a programme is launched inside the period in force, its id once, its name not while open. */
class LaunchProgrammeTest {

    private static final ProgrammeId SECOND = ProgrammeId.of("vulcanus-2");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void launchesAProgramme() {
        fixture.given(signed())
                .when(launch("2017-09-01"))
                .expectEvents(launched("2017-09-01"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsALaunchOnTheEffectiveDate() {
        fixture.given(signed()).when(launch("2016-04-28")).expectEvents(launched("2016-04-28"));
    }

    @Test
    void rejectsALaunchTheDayBeforeTheEffectiveDate() {
        fixture.given(signed())
                .when(launch("2016-04-27"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsALaunchOnTheLastDayInForce() {
        fixture.given(signed(), expired()).when(launch("2021-04-27")).expectEvents(launched("2021-04-27"));
    }

    @Test
    void rejectsALaunchTheDayAfterTheLastDayInForceOfAnExpiredAgreement() {
        fixture.given(signed(), expired())
                .when(launch("2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void rejectsALaunchTheDayAfterATerminatedAgreementEnded() {
        var notice = noticeGiven();
        fixture.given(signed(), termExtended(), notice, terminated(notice))
                .when(launch("2026-03-02"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsALaunchOnTheLastDayOfATerminatedAgreement() {
        var notice = noticeGiven();
        fixture.given(signed(), termExtended(), notice, terminated(notice))
                .when(launch("2026-03-01"))
                .expectEvents(launched("2026-03-01"));
    }

    @Test
    void acceptsALaunchToday() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed())
                .when(launch("2019-06-15"))
                .expectEvents(launched("2019-06-15"));
    }

    @Test
    void rejectsALaunchTomorrow() {
        fixture.givenCurrentTime(Instant.parse("2019-06-15T12:00:00Z"))
                .andGiven(signed())
                .when(launch("2019-06-16"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_LAUNCH_IN_FUTURE, "launchedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017", "2016-05", "2021-03"})
    void acceptsAVagueLaunchAllOfWhoseDaysAreInForce(String launchedOn) {
        fixture.given(signed()).when(launch(launchedOn)).expectEvents(launched(launchedOn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015", "2016-03", "2021-05", "2022"})
    void rejectsAVagueLaunchNoneOfWhoseDaysAreInForce(String launchedOn) {
        fixture.given(signed())
                .when(launch(launchedOn))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016", "2016-04", "2021-04", "2021"})
    void saysALaunchIsTooVagueWhenSomeOfItsDaysAreInForceAndSomeNot(String launchedOn) {
        fixture.given(signed())
                .when(launch(launchedOn))
                .expectNoEvents()
                .expectException(violates(Rule.DATE_TOO_VAGUE))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("partly inside and partly outside"));
    }

    @Test
    void namesTheLaunchDateAsTheFieldThatIsTooVague() {
        fixture.given(signed()).when(launch("2016")).expectException(violates(Rule.DATE_TOO_VAGUE, "launchedOn"));
    }

    @Test
    void rejectsTheSameProgrammeIdTwice() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(launch(Vulcanus.PROGRAMME, "Vulcanus in Europe", "2018-09-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_ALREADY_LAUNCHED));
    }

    @Test
    void rejectsTheNameOfAnOpenProgrammeWhateverItsCase() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(launch(SECOND, " VULCANUS in japan ", "2018-09-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_NAME_IN_USE));
    }

    @Test
    void acceptsTheNameOfAProgrammeThatHasClosed() {
        fixture.given(signed(), launched("2017-09-01"), closed("2018-08-31"))
                .when(launch(SECOND, NAME, "2018-09-01"))
                .expectEvents(launched(launch(SECOND, NAME, "2018-09-01")));
    }
}
