package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.Vulcanus.closed;
import static org.cooperation.commandservice.agreement.Vulcanus.launched;
import static org.cooperation.commandservice.agreement.Vulcanus.year;
import static org.cooperation.commandservice.agreement.Vulcanus.yearRecorded;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.command.RecordProgrammeYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 15: yearly figures belong to a year the programme ran, once each. */
class RecordProgrammeYearTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
        fixture.givenCurrentTime(Instant.parse("2020-06-15T09:00:00Z"));
    }

    @Test
    void recordsAYearsFigures() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(year(2018))
                .expectEvents(yearRecorded(2018))
                .expectResultMessagePayload(2L);
    }

    @Test
    void recordsAYearWithoutCounts() {
        var unknown = year(2018, null, null);
        fixture.given(signed(), launched("2017-09-01")).when(unknown).expectEvents(yearRecorded(unknown));
    }

    @Test
    void acceptsTheYearOfTheLaunch() {
        fixture.given(signed(), launched("2017-09-01")).when(year(2017)).expectEvents(yearRecorded(2017));
    }

    @Test
    void acceptsTheYearOfAVagueLaunch() {
        fixture.given(signed(), launched("2017")).when(year(2017)).expectEvents(yearRecorded(2017));
    }

    @Test
    void rejectsTheYearBeforeTheLaunch() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(year(2016))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_BEFORE_LAUNCH));
    }

    @Test
    void acceptsTheYearOfTheClosing() {
        fixture.given(signed(), launched("2017-09-01"), closed("2019-08"))
                .when(year(2019))
                .expectEvents(yearRecorded(2019));
    }

    @Test
    void rejectsTheYearAfterTheClosing() {
        fixture.given(signed(), launched("2017-09-01"), closed("2019-08"))
                .when(year(2020))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_AFTER_CLOSE));
    }

    @Test
    void acceptsTheYearOfTheAgreementsLastDayInForce() {
        fixture.givenCurrentTime(Instant.parse("2023-01-10T09:00:00Z"));
        fixture.given(signed(), launched("2017-09-01"), expired())
                .when(year(2021))
                .expectEvents(yearRecorded(2021));
    }

    @Test
    void rejectsAYearThatBeginsAfterTheAgreementEnded() {
        fixture.givenCurrentTime(Instant.parse("2023-01-10T09:00:00Z"));
        fixture.given(signed(), launched("2017-09-01"), expired())
                .when(year(2022))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsTheCurrentYear() {
        fixture.given(signed(), launched("2017-09-01")).when(year(2020)).expectEvents(yearRecorded(2020));
    }

    @Test
    void rejectsAYearThatHasNotBegun() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(year(2021))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_NOT_BEGUN));
    }

    @Test
    void rejectsTheSameYearTwice() {
        fixture.given(signed(), launched("2017-09-01"), yearRecorded(2018))
                .when(year(2018, 40, 810))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_YEAR_ALREADY_RECORDED));
    }

    @Test
    void acceptsAsManyParticipantsAsApplicants() {
        var all = year(2018, 800, 800);
        fixture.given(signed(), launched("2017-09-01")).when(all).expectEvents(yearRecorded(all));
    }

    @Test
    void rejectsMoreParticipantsThanApplicants() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(year(2018, 801, 800))
                .expectNoEvents()
                .expectException(violates(Rule.PARTICIPANTS_EXCEED_APPLICANTS));
    }

    @Test
    void rejectsAProgrammeNeverLaunched() {
        fixture.given(signed(), launched("2017-09-01"))
                .when(new RecordProgrammeYear(ID, ProgrammeId.of("minerva"), 2018, 5, null, null))
                .expectNoEvents()
                .expectException(violates(Rule.PROGRAMME_UNKNOWN));
    }
}
