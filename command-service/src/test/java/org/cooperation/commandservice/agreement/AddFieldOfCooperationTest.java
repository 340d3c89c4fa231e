package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 9: fields "should include but not be limited to" the first list; each is listed once. */
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
