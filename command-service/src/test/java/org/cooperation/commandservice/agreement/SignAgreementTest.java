package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.parties;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignAgreementTest {

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void signsForFiveYearsEndingTheDayBeforeTheAnniversary() {
        fixture.givenNoPriorActivity()
                .when(JointStatement.sign())
                .expectSuccessfulHandlerExecution()
                .expectEvents(JointStatement.signed())
                .expectResultMessagePayload(0L);
    }

    @Test
    void rejectsASinglePartyAgreement() {
        fixture.givenNoPriorActivity()
                .when(JointStatement.sign(List.of(parties().get(0)), SIGNED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an agreement needs at least two parties, got 1");
    }

    @Test
    void rejectsTheSamePartyTwice() {
        fixture.givenNoPriorActivity()
                .when(JointStatement.sign(List.of(parties().get(0), parties().get(0)), SIGNED_ON))
                .expectNoEvents()
                .expectException(violates(Rule.PARTIES_DISTINCT, "parties"));
    }

    @Test
    void rejectsTakingEffectTheDayBeforeSignature() {
        fixture.givenNoPriorActivity()
                .when(JointStatement.sign(parties(), SIGNED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void acceptsTakingEffectOnTheDayOfSignature() {
        fixture.givenNoPriorActivity()
                .when(JointStatement.sign(parties(), SIGNED_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void countsTheTermFromALaterEffectiveDate() {
        var later = JointStatement.sign(parties(), SIGNED_ON.plusDays(1));
        fixture.givenNoPriorActivity()
                .when(later)
                .expectEvents(JointStatement.signed(later, LocalDate.parse("2021-04-28")));
    }
}
