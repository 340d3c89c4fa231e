package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.sign;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.command.RetractFact;
import org.cooperation.agreement.api.command.VoidAgreement;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 17: an agreement entered in error is voided as a whole, and then takes no command. */
class VoidAgreementTest {

    private static final String WHY = "Entered twice; the record is jp-de-iot-2016";
    private static final Instant SIGNING_DAY = Instant.parse("2016-04-28T09:00:00Z");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void voidsTheAgreementFromItsSignature() {
        fixture.given(signed())
                .when(new VoidAgreement(ID, WHY))
                .expectEvents(new AgreementVoided(ID, SIGNED_ON, WHY))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cancelsTheExpiryOfAVoidedAgreement() {
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign())
                .when(new VoidAgreement(ID, WHY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cancelsThePendingTerminationOfAVoidedAgreement() {
        // Notice on the signing day with 90 days' notice: the agreement would end after 2016-07-27.
        fixture.givenCurrentTime(SIGNING_DAY)
                .andGivenCommands(sign(), terminate(METI, "2016-04-28", "2016-07-27"))
                .when(new VoidAgreement(ID, WHY))
                .expectNoScheduledDeadlineWithName(Instant.parse("2016-07-28T00:00:00Z"), Deadlines.TERMINATION)
                .expectNoScheduledDeadlines();
    }

    @Test
    void refusesEveryFurtherCommand() {
        fixture.given(signed(), new AgreementVoided(ID, SIGNED_ON, WHY))
                .when(new AddFieldOfCooperation(ID, "Robotics", date("2017-03-19")))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_VOIDED));
    }

    @Test
    void refusesToVoidTwice() {
        fixture.given(signed(), new AgreementVoided(ID, SIGNED_ON, WHY))
                .when(new VoidAgreement(ID, WHY))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_VOIDED));
    }

    @Test
    void refusesACorrectionOfAVoidedAgreement() {
        fixture.given(
                        signed(),
                        new FieldOfCooperationAdded(ID, "Robotics", date("2017-03-19")),
                        new AgreementVoided(ID, SIGNED_ON, WHY))
                .when(new RetractFact(ID, 1, WHY, null))
                .expectNoEvents()
                .expectException(violates(Rule.AGREEMENT_VOIDED));
    }
}
