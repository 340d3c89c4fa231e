package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.RecordMilestone;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 12: a dated, titled event in a field of cooperation, inside the period in force. */
class RecordMilestoneTest {

    private static final String TITLE = "AIST and DFKI conclude a memorandum of cooperation on artificial intelligence";

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void recordsAMilestone() {
        fixture.given(signed())
                .when(milestone("2017-03-19"))
                .expectEvents(recorded("2017-03-19"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void acceptsAMilestoneOnTheEffectiveDate() {
        fixture.given(signed()).when(milestone("2016-04-28")).expectEvents(recorded("2016-04-28"));
    }

    @Test
    void rejectsAMilestoneAfterTheSignatureButTheDayBeforeTheEffectiveDate() {
        fixture.given(JointStatement.signedEffectiveLater())
                .when(milestone("2016-05-01"))
                .expectNoEvents()
                .expectException(violates(Rule.MILESTONE_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsAMilestoneOnTheLastDayInForce() {
        fixture.given(signed()).when(milestone("2021-04-27")).expectEvents(recorded("2021-04-27"));
    }

    @Test
    void rejectsAMilestoneTheDayAfterTheLastDayInForce() {
        fixture.given(signed())
                .when(milestone("2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.MILESTONE_OUTSIDE_PERIOD_IN_FORCE));
    }

    private static RecordMilestone milestone(String date) {
        return new RecordMilestone(
                ID,
                date(date),
                TITLE,
                "Research and Development (R&D)",
                null,
                List.of("METI news release, 2017-03-20"));
    }

    private static MilestoneRecorded recorded(String date) {
        return new MilestoneRecorded(
                ID,
                date(date),
                TITLE,
                "Research and Development (R&D)",
                null,
                List.of("METI news release, 2017-03-20"));
    }
}
