package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.date;
import static org.cooperation.commandservice.agreement.JointStatement.signed;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.command.LinkRelatedAgreement;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule 12: agreements build on, supersede, implement or amend each other, are concluded under
 * another or related to it.
 */
class LinkRelatedAgreementTest {

    private static final AgreementId HANNOVER = AgreementId.of("jp-de-hannover-2017");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    @Test
    void linksARelatedAgreement() {
        fixture.given(signed())
                .when(new LinkRelatedAgreement(ID, HANNOVER, Relation.IMPLEMENTS, date("2017-03-19")))
                .expectEvents(new RelatedAgreementLinked(ID, HANNOVER, Relation.IMPLEMENTS, date("2017-03-19")))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void linksByEveryRelation(Relation relation) {
        fixture.given(signed())
                .when(new LinkRelatedAgreement(ID, HANNOVER, relation, date("2017-03-19")))
                .expectEvents(new RelatedAgreementLinked(ID, HANNOVER, relation, date("2017-03-19")));
    }

    @Test
    void linksOnTheBusinessDayWhenNoDateIsGiven() {
        fixture.givenCurrentTime(Instant.parse("2024-02-29T12:00:00Z"))
                .andGiven(signed())
                .when(new LinkRelatedAgreement(ID, HANNOVER, Relation.IMPLEMENTS, null))
                .expectEvents(new RelatedAgreementLinked(ID, HANNOVER, Relation.IMPLEMENTS, date("2024-02-29")));
    }

    @Test
    void rejectsALinkToItself() {
        fixture.given(signed())
                .when(new LinkRelatedAgreement(ID, ID, Relation.SUPERSEDES, date("2017-03-19")))
                .expectNoEvents()
                .expectException(violates(Rule.LINK_TO_ITSELF));
    }

    @Test
    void rejectsTheSameLinkTwice() {
        fixture.given(signed(), new RelatedAgreementLinked(ID, HANNOVER, Relation.IMPLEMENTS, date("2017-03-19")))
                .when(new LinkRelatedAgreement(ID, HANNOVER, Relation.IMPLEMENTS, date("2018-01-10")))
                .expectNoEvents()
                .expectException(violates(Rule.LINK_ALREADY_RECORDED));
    }

    @Test
    void acceptsAnotherRelationToTheSameAgreement() {
        fixture.given(signed(), new RelatedAgreementLinked(ID, HANNOVER, Relation.IMPLEMENTS, date("2017-03-19")))
                .when(new LinkRelatedAgreement(ID, HANNOVER, Relation.SUPERSEDES, date("2018-01-10")))
                .expectEvents(new RelatedAgreementLinked(ID, HANNOVER, Relation.SUPERSEDES, date("2018-01-10")));
    }
}
