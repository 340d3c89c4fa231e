package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.AgreementFixture.violates;
import static org.cooperation.commandservice.agreement.JointStatement.BMWI;
import static org.cooperation.commandservice.agreement.JointStatement.GERMANY;
import static org.cooperation.commandservice.agreement.JointStatement.ID;
import static org.cooperation.commandservice.agreement.JointStatement.JAPAN;
import static org.cooperation.commandservice.agreement.JointStatement.METI;
import static org.cooperation.commandservice.agreement.JointStatement.SIGNED_ON;
import static org.cooperation.commandservice.agreement.JointStatement.noticeGiven;
import static org.cooperation.commandservice.agreement.JointStatement.signed;
import static org.cooperation.commandservice.agreement.JointStatement.terminate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.command.AdmitParticipant;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.command.LinkRelatedAgreement;
import org.cooperation.agreement.api.command.NominateContact;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.cooperation.agreement.api.command.RecordMilestone;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule 16: every dated fact at the edges of what can have happened — the day before, of and after
 * the signature (2016-04-28), and today and tomorrow in the business zone (today is 2019-06-15 here,
 * inside the initial term, so that every fact dated today is otherwise valid).
 */
class PlausibleFactsTest {

    private static final Instant NOW = Instant.parse("2019-06-15T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2019-06-15");
    /** At NOW, 23:30 on the 15th in UTC, it is 08:30 on the 16th in Tokyo. */
    private static final LocalDate TODAY_IN_TOKYO = LocalDate.parse("2019-06-16");

    /** One kind of dated fact: the command that records it on a day, what must be on record first, its two rules. */
    record DatedFact(
            String name, Function<LocalDate, Object> command, List<Object> given, Rule beforeSignature, Rule inFuture) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<DatedFact> facts() {
        return Stream.of(
                new DatedFact(
                        "consent",
                        day -> new ExtendTerm(
                                ID,
                                List.of(
                                        new Consent(BMWI, day, "BMWi letter"),
                                        new Consent(METI, TODAY.minusDays(3), "METI letter"))),
                        List.of(),
                        Rule.CONSENT_BEFORE_SIGNATURE,
                        Rule.CONSENT_IN_FUTURE),
                new DatedFact(
                        "notice",
                        day -> new TerminateWithNotice(ID, METI, day, LocalDate.parse("2021-04-27"), "note"),
                        List.of(),
                        Rule.NOTICE_BEFORE_SIGNATURE,
                        Rule.NOTICE_IN_FUTURE),
                new DatedFact(
                        "withdrawal",
                        day -> new WithdrawTerminationNotice(ID, METI, day, "letter"),
                        List.of(noticeGiven(terminate(METI, "2016-04-28", "2021-04-27"))),
                        Rule.WITHDRAWAL_BEFORE_SIGNATURE,
                        Rule.WITHDRAWAL_IN_FUTURE),
                new DatedFact(
                        "meeting",
                        day -> new RecordAnnualMeeting(
                                ID, day, null, GERMANY, "Berlin", "Director-General", List.of(), List.of(), null),
                        List.of(),
                        Rule.MEETING_BEFORE_SIGNATURE,
                        Rule.MEETING_IN_FUTURE),
                new DatedFact(
                        "contact",
                        day -> new NominateContact(ID, METI, "Policy Office", null, null, day),
                        List.of(),
                        Rule.CONTACT_BEFORE_SIGNATURE,
                        Rule.CONTACT_IN_FUTURE),
                new DatedFact(
                        "participant",
                        day -> new AdmitParticipant(ID, "AIST", ParticipantKind.RESEARCH_INSTITUTE, JAPAN, day),
                        List.of(),
                        Rule.PARTICIPANT_BEFORE_SIGNATURE,
                        Rule.PARTICIPANT_IN_FUTURE),
                new DatedFact(
                        "field",
                        day -> new AddFieldOfCooperation(ID, "Robotics", day),
                        List.of(),
                        Rule.FIELD_BEFORE_SIGNATURE,
                        Rule.FIELD_IN_FUTURE),
                new DatedFact(
                        "milestone",
                        day -> new RecordMilestone(ID, day, "AIST and DFKI sign", "R&D", null, List.of()),
                        List.of(),
                        Rule.MILESTONE_BEFORE_SIGNATURE,
                        Rule.MILESTONE_IN_FUTURE),
                new DatedFact(
                        "link",
                        day -> new LinkRelatedAgreement(
                                ID, AgreementId.of("jp-de-hannover-2017"), Relation.BUILDS_ON, day),
                        List.of(),
                        Rule.LINK_BEFORE_SIGNATURE,
                        Rule.LINK_IN_FUTURE));
    }

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = AgreementFixture.create();
    }

    private TestExecutor<Agreement> givenOnRecord(DatedFact fact) {
        return fixture.givenCurrentTime(NOW).andGiven(signed()).andGiven(fact.given());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void rejectsAFactDatedTheDayBeforeTheSignature(DatedFact fact) {
        givenOnRecord(fact)
                .when(fact.command().apply(SIGNED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violates(fact.beforeSignature()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void acceptsAFactDatedOnTheDayOfTheSignature(DatedFact fact) {
        givenOnRecord(fact).when(fact.command().apply(SIGNED_ON)).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void acceptsAFactDatedTheDayAfterTheSignature(DatedFact fact) {
        givenOnRecord(fact).when(fact.command().apply(SIGNED_ON.plusDays(1))).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void acceptsAFactDatedToday(DatedFact fact) {
        givenOnRecord(fact).when(fact.command().apply(TODAY)).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void rejectsAFactDatedTomorrow(DatedFact fact) {
        givenOnRecord(fact)
                .when(fact.command().apply(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(fact.inFuture()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void acceptsAFactDatedTodayInABusinessZoneAheadOfUtc(DatedFact fact) {
        AgreementFixture.create(ZoneId.of("Asia/Tokyo"))
                .givenCurrentTime(NOW)
                .andGiven(signed())
                .andGiven(fact.given())
                .when(fact.command().apply(TODAY_IN_TOKYO))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void rejectsAFactDatedTomorrowInABusinessZoneAheadOfUtc(DatedFact fact) {
        AgreementFixture.create(ZoneId.of("Asia/Tokyo"))
                .givenCurrentTime(NOW)
                .andGiven(signed())
                .andGiven(fact.given())
                .when(fact.command().apply(TODAY_IN_TOKYO.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(fact.inFuture()));
    }

    @Test
    void rejectsTheNoticeOf1970OnAnAgreementSignedIn2016() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(new TerminateWithNotice(
                        ID, METI, LocalDate.parse("1970-01-01"), LocalDate.parse("2021-04-27"), null))
                .expectNoEvents()
                .expectException(violates(Rule.NOTICE_BEFORE_SIGNATURE));
    }

    @Test
    void namesTheConsentWhoseLetterIsImplausible() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(new ExtendTerm(
                        ID,
                        List.of(
                                new Consent(BMWI, TODAY, "BMWi letter"),
                                new Consent(METI, LocalDate.parse("2015-02-01"), "METI letter"))))
                .expectNoEvents()
                .expectException(violates(Rule.CONSENT_BEFORE_SIGNATURE))
                .expectException(AgreementFixture.namesField("consents[1].letterDate"));
    }

    @Test
    void allowsANoticeToEndTheAgreementAfterToday() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(new TerminateWithNotice(ID, METI, TODAY, LocalDate.parse("2021-04-27"), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsTodayForAContactWithoutADate() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(new NominateContact(ID, METI, "Policy Office", null, null, null))
                .expectEvents(new org.cooperation.agreement.api.event.ContactNominated(
                        ID, METI, "Policy Office", null, null, TODAY));
    }

    /** Before the signature an accession breaks its own stricter rule; only the future is new here. */
    @Test
    void acceptsAnAccessionDatedTodayAndRejectsOneDatedTomorrow() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.accede(Multilateral.commission(), TODAY.toString()))
                .expectSuccessfulHandlerExecution();
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.accede(
                        Multilateral.commission(), TODAY.plusDays(1).toString()))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_IN_FUTURE));
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.accede(
                        Multilateral.commission(), SIGNED_ON.minusDays(1).toString()))
                .expectNoEvents()
                .expectException(violates(Rule.ACCESSION_NOT_AFTER_SIGNATURE));
    }

    @Test
    void acceptsANewNameFromTodayAndRejectsOneFromTomorrow() {
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.rename(BMWI, "BMWK", TODAY.toString()))
                .expectSuccessfulHandlerExecution();
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.rename(BMWI, "BMWK", TODAY.plusDays(1).toString()))
                .expectNoEvents()
                .expectException(violates(Rule.RENAME_IN_FUTURE));
        fixture.givenCurrentTime(NOW)
                .andGiven(signed())
                .when(Multilateral.rename(BMWI, "BMWK", SIGNED_ON.minusDays(1).toString()))
                .expectNoEvents()
                .expectException(violates(Rule.RENAME_OUTSIDE_MEMBERSHIP));
    }

    @Test
    void acceptsASignatureDatedToday() {
        fixture.givenCurrentTime(NOW).when(signedOn(TODAY)).expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsASignatureDatedTomorrow() {
        fixture.givenCurrentTime(NOW)
                .when(signedOn(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(Rule.SIGNATURE_IN_FUTURE));
    }

    private static SignAgreement signedOn(LocalDate day) {
        SignAgreement sign = JointStatement.sign();
        return new SignAgreement(
                sign.agreementId(),
                sign.title(),
                sign.kind(),
                sign.parties(),
                day,
                sign.place(),
                day,
                sign.term(),
                sign.terminationNoticeDays(),
                sign.meetings(),
                sign.fieldsOfCooperation(),
                sign.financialArrangement());
    }
}
