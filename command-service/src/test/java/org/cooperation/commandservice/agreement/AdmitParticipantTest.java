package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.JAPAN;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.command.AdmitParticipant;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 10: other organisations join the cooperation while it is in force, each once. */
class AdmitParticipantTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void admitsAParticipant() {
        fixture.given(signed())
                .when(aist("2017-03-19"))
                .expectEvents(admitted("AIST", "2017-03-19"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsTheSameParticipantTwiceWhateverTheCase() {
        fixture.given(signed(), admitted("AIST", "2017-03-19"))
                .when(new AdmitParticipant(ID, " aist ", ParticipantKind.RESEARCH_INSTITUTE, JAPAN, date("2018-01-10")))
                .expectNoEvents()
                .expectException(violates(Rule.PARTICIPANT_ALREADY_ADMITTED));
    }

    @Test
    void acceptsJoiningOnTheEffectiveDate() {
        fixture.given(signed()).when(aist("2016-04-28")).expectEvents(admitted("AIST", "2016-04-28"));
    }

    @Test
    void rejectsJoiningAfterTheSignatureButTheDayBeforeTheEffectiveDate() {
        fixture.given(JointStatement.signedEffectiveLater())
                .when(aist("2016-05-01"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTICIPANT_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsJoiningOnTheLastDayInForce() {
        fixture.given(signed()).when(aist("2021-04-27")).expectEvents(admitted("AIST", "2021-04-27"));
    }

    @Test
    void rejectsJoiningTheDayAfterTheLastDayInForce() {
        fixture.given(signed())
                .when(aist("2021-04-28"))
                .expectNoEvents()
                .expectException(violates(Rule.PARTICIPANT_OUTSIDE_PERIOD_IN_FORCE));
    }

    private static AdmitParticipant aist(String joinedOn) {
        return new AdmitParticipant(ID, "AIST", ParticipantKind.RESEARCH_INSTITUTE, JAPAN, date(joinedOn));
    }

    private static ParticipantAdmitted admitted(String name, String joinedOn) {
        return new ParticipantAdmitted(ID, name, ParticipantKind.RESEARCH_INSTITUTE, JAPAN, date(joinedOn));
    }
}
