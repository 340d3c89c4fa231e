package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.TERM_ENDS_ON;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.expired;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 9: fields "should include but not be limited to" the first list and "can be added later";
 * each is listed once, and is added while the agreement is in force.
 */
class AddFieldOfCooperationTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void addsAField() {
        fixture.given(signed())
                .when(new AddFieldOfCooperation(ID, "Automobile industry", date("2017-03-19")))
                .expectEvents(new FieldOfCooperationAdded(ID, "Automobile industry", date("2017-03-19")))
                .expectResultMessagePayload(1L);
    }

    /** The signature lists two; {@code added} more make the agreement's fields. */
    private static Object[] signedWithFields(int added) {
        return Stream.concat(
                        Stream.of(signed()),
                        IntStream.range(0, added)
                                .mapToObj(i -> new FieldOfCooperationAdded(ID, "Field " + i, date("2017-03-19"))))
                .toArray();
    }

    @Test
    void acceptsTheHundredthFieldAndRefusesTheHundredAndFirst() {
        fixture.given(signedWithFields(Limits.ITEMS - 3))
                .when(new AddFieldOfCooperation(ID, "The 100th", date("2017-03-20")))
                .expectEvents(new FieldOfCooperationAdded(ID, "The 100th", date("2017-03-20")));
        fixture.given(signedWithFields(Limits.ITEMS - 2))
                .when(new AddFieldOfCooperation(ID, "The 101st", date("2017-03-20")))
                .expectNoEvents()
                .expectException(violates(Rule.FIELDS_AT_MOST));
        fixture.given(signedWithFields(Limits.ITEMS - 1))
                .when(new AddFieldOfCooperation(ID, "The 102nd", date("2017-03-20")))
                .expectNoEvents()
                .expectException(violates(Rule.FIELDS_AT_MOST));
    }

    @Test
    void acceptsAFieldAddedOnTheFirstAndTheLastDayInForce() {
        fixture.given(signed())
                .when(new AddFieldOfCooperation(ID, "Robotics", SIGNED_ON))
                .expectEvents(new FieldOfCooperationAdded(ID, "Robotics", SIGNED_ON));
        fixture.given(signed())
                .when(new AddFieldOfCooperation(ID, "Robotics", TERM_ENDS_ON))
                .expectEvents(new FieldOfCooperationAdded(ID, "Robotics", TERM_ENDS_ON));
    }

    @Test
    void rejectsAFieldAddedAfterTheSignatureButBeforeTheAgreementTookEffect() {
        fixture.given(JointStatement.signedEffectiveLater())
                .when(new AddFieldOfCooperation(ID, "Robotics", date("2016-05-01")))
                .expectNoEvents()
                .expectException(violates(Rule.FIELD_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void rejectsAFieldAddedTheDayAfterTheAgreementEnded() {
        fixture.given(signed(), expired())
                .when(new AddFieldOfCooperation(ID, "Robotics", TERM_ENDS_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(Rule.FIELD_OUTSIDE_PERIOD_IN_FORCE));
    }

    @Test
    void acceptsAFieldEnteredLateThatWasAddedWhileInForce() {
        fixture.given(signed(), expired())
                .when(new AddFieldOfCooperation(ID, "Robotics", date("2019-05-02")))
                .expectEvents(new FieldOfCooperationAdded(ID, "Robotics", date("2019-05-02")));
    }

    @Test
    void rejectsAFieldListedAtSignatureWhateverTheCase() {
        fixture.given(signed())
                .when(new AddFieldOfCooperation(ID, "industrial cyber security", date("2017-03-19")))
                .expectNoEvents()
                .expectException(violates(Rule.FIELD_ALREADY_PRESENT));
    }

    @Test
    void rejectsAFieldAddedBefore() {
        fixture.given(signed(), new FieldOfCooperationAdded(ID, "Automobile industry", date("2017-03-19")))
                .when(new AddFieldOfCooperation(ID, "Automobile industry", date("2018-01-10")))
                .expectNoEvents()
                .expectException(violates(Rule.FIELD_ALREADY_PRESENT));
    }
}
