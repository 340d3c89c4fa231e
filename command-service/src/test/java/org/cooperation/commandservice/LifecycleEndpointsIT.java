package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every command endpoint of DESIGN.md answers {@code {agreementId, version}}, refuses bad input with
 * a 400 naming the field and a broken rule with a 422 naming rule and field, and stores nothing when
 * it refuses. The agreement is signed a year ago for five years, so no deadline falls due meanwhile.
 */
class LifecycleEndpointsIT extends AgreementCommandIT {

    private static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);

    @Test
    void answersEveryCommandWithTheAgreementsNewVersion() throws Exception {
        String id = signed("lifecycle-all");

        assertThat(accepted(id, "extensions", """
                { "consents": [ { "party": "DE-BMWI", "letterDate": "%s", "reference": "BMWi IV-1" },
                                { "party": "JP-METI", "letterDate": "%1$s", "reference": "METI-MIPO-1" } ] }
                """.formatted(day(30)))).isEqualTo(1);
        assertThat(accepted(id, "annual-meetings", JointStatementReplayIT.meeting(day(40), "DE", "Berlin", null)))
                .isEqualTo(2);
        assertThat(accepted(id, "contacts", """
                { "party": "JP-METI", "name": "Manufacturing Industries Policy Office", "role": "Division in charge",
                  "email": "mipo@example.jp" }""")).isEqualTo(3);
        assertThat(accepted(id, "participants", """
                { "name": "AIST", "kind": "RESEARCH_INSTITUTE", "country": "JP", "joinedOn": "%s" }
                """.formatted(day(50)))).isEqualTo(4);
        assertThat(accepted(id, "fields", """
                { "field": "Automobile industry", "addedOn": "%s" }""".formatted(day(60)))).isEqualTo(5);
        assertThat(accepted(id, "milestones", """
                { "date": "%s", "title": "AIST and DFKI sign MoC on AI", "field": "Research and Development",
                  "description": "A memorandum of cooperation in the field of artificial intelligence",
                  "references": ["METI news release"] }""".formatted(day(70)))).isEqualTo(6);
        assertThat(accepted(id, "links", """
                { "relatedAgreementId": "jp-de-hannover-2017", "relation": "BUILDS_ON" }""")).isEqualTo(7);
        // The notice ends in the future: one that ended already would be carried out at once by the
        // deadline scheduler, racing the withdrawal below.
        assertThat(accepted(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s", "reference": "Note verbale 1" }
                """.formatted(
                                day(80), LocalDate.now(ZoneOffset.UTC).plusDays(30))))
                .isEqualTo(8);
        assertThat(accepted(id, "termination-notices/withdrawal", """
                { "party": "JP-METI", "withdrawnOn": "%s", "reference": "Letter 2" }""".formatted(day(90))))
                .isEqualTo(9);

        assertThat(StoredEvents.of(jdbc, id))
                .containsExactly(
                        "AgreementSigned",
                        "TermExtended",
                        "AnnualMeetingRecorded",
                        "ContactNominated",
                        "ParticipantAdmitted",
                        "FieldOfCooperationAdded",
                        "MilestoneRecorded",
                        "RelatedAgreementLinked",
                        "TerminationNoticeGiven",
                        "TerminationNoticeWithdrawn");
    }

    @Test
    void answersACommandOnAnUnknownAgreementWith404() throws Exception {
        JsonNode problem = refused("no-such-agreement", "contacts", """
                { "party": "JP-METI", "name": "Someone" }""", HttpStatus.NOT_FOUND);
        assertThat(problem.get("type").asText()).endsWith("agreement-not-found");
    }

    @Test
    void namesTheFieldOfAnUnreadableConsentDate() throws Exception {
        String id = signed("lifecycle-bad-date");
        JsonNode problem = refused(id, "extensions", """
                { "consents": [ { "party": "DE-BMWI", "letterDate": "01.02.2021", "reference": "BMWi IV-1" } ] }""", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("consents[0].letterDate");
    }

    @Test
    void namesTheFieldOfAMissingValue() throws Exception {
        String id = signed("lifecycle-missing");
        JsonNode problem = refused(id, "participants", """
                { "name": "AIST", "joinedOn": "%s" }""".formatted(day(10)), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("required");
    }

    @Test
    void namesTheFieldOfAHostThatIsNoCountry() throws Exception {
        String id = signed("lifecycle-bad-host");
        JsonNode problem = refused(
                id,
                "annual-meetings",
                JointStatementReplayIT.meeting(day(10), "XX", "Nowhere", null),
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("hostCountry");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("iso-3166-1");
    }

    @Test
    void acceptsAttendeesByNameAloneOrWithTheirDelegationAndTitle() throws Exception {
        String id = signed("lifecycle-attendees");
        accepted(id, "annual-meetings", """
                { "heldOn": "%s", "hostCountry": "DE", "city": "Berlin",
                  "attendees": ["Plattform Industrie 4.0",
                                { "name": "Hiroshige Seko", "party": "JP-METI", "title": "Minister" },
                                { "name": "Robot Revolution Initiative" }] }""".formatted(day(10)));

        JsonNode stored =
                json.readTree(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = ? AND sequencenumber = 1""").param(id).query(String.class).single());
        assertThat(stored.get("attendees")).isEqualTo(json.readTree("""
                [{"name":"Plattform Industrie 4.0"},{"name":"Hiroshige Seko","party":"JP-METI","title":"Minister"},
                 {"name":"Robot Revolution Initiative"}]"""));
    }

    @Test
    void namesTheFieldOfAnAttendeesMalformedParty() throws Exception {
        String id = signed("lifecycle-bad-attendee");
        JsonNode problem = refused(id, "annual-meetings", """
                { "heldOn": "%s", "hostCountry": "DE", "city": "Berlin",
                  "attendees": ["Plattform Industrie 4.0", { "name": "Hiroshige Seko", "party": "meti" }] }""".formatted(day(10)), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("attendees[1].party");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("format");
    }

    @Test
    void namesRuleAndFieldOfAnAttendeeOfNoPartysDelegation() throws Exception {
        String id = signed("lifecycle-stranger");
        JsonNode problem = refused(id, "annual-meetings", """
                { "heldOn": "%s", "hostCountry": "DE", "city": "Berlin",
                  "attendees": [{ "name": "Head of the French delegation", "party": "FR-MINEFI" }] }""".formatted(day(10)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("attendee-party-unknown");
        assertThat(problem.get("field").asText()).isEqualTo("attendees");
    }

    @Test
    void refusesARelationOutsideTheKnownOnes() throws Exception {
        String id = signed("lifecycle-bad-relation");
        JsonNode problem = refused(id, "links", """
                { "relatedAgreementId": "jp-de-hannover-2017", "relation": "INSPIRED_BY" }""", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("relation");
        assertThat(problem.get("detail").asText())
                .contains("BUILDS_ON", "SUPERSEDES", "IMPLEMENTS", "AMENDS", "CONCLUDED_UNDER", "RELATED_TO");
    }

    @Test
    void namesRuleAndFieldOfANoticeThatIsTooShort() throws Exception {
        String id = signed("lifecycle-short-notice");
        JsonNode problem = refused(
                id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "%s", "endsOn": "%s" }""".formatted(day(10), day(10 + 89)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("notice-too-short");
        assertThat(problem.get("field").asText()).isEqualTo("endsOn");
    }

    @Test
    void refusesANoticeDatedBeforeTheSignatureNamingRuleAndField() throws Exception {
        String id = signed("lifecycle-notice-of-1970");
        JsonNode problem = refused(id, "termination-notices", """
                { "party": "JP-METI", "noticeDate": "1970-01-01", "endsOn": "%s" }""".formatted(day(200)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("notice-before-signature");
        assertThat(problem.get("field").asText()).isEqualTo("noticeDate");
        assertThat(problem.get("detail").asText()).contains("1970-01-01", SIGNED_ON.toString());
    }

    @Test
    void refusesAConsentLetterDatedTomorrowNamingTheLetter() throws Exception {
        String id = signed("lifecycle-letter-of-tomorrow");
        JsonNode problem = refused(
                id,
                "extensions",
                """
                { "consents": [ { "party": "DE-BMWI", "letterDate": "%s", "reference": "BMWi IV-1" },
                                { "party": "JP-METI", "letterDate": "%s", "reference": "METI-MIPO-1" } ] }
                """.formatted(day(30), LocalDate.now(ZoneOffset.UTC).plusDays(1)),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("consent-in-future");
        assertThat(problem.get("field").asText()).isEqualTo("consents[1].letterDate");
    }

    @Test
    void refusesAMeetingHeldTomorrowAndAcceptsOneHeldToday() throws Exception {
        String id = signed("lifecycle-meeting-of-tomorrow");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        JsonNode problem = refused(
                id,
                "annual-meetings",
                JointStatementReplayIT.meeting(tomorrow, "DE", "Berlin", null),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problem.get("rule").asText()).isEqualTo("meeting-in-future");
        assertThat(problem.get("field").asText()).isEqualTo("heldOn");
        assertThat(accepted(
                        id,
                        "annual-meetings",
                        JointStatementReplayIT.meeting(
                                LocalDate.now(ZoneOffset.UTC).toString(), "DE", "Berlin", null)))
                .isEqualTo(1);
    }

    @Test
    void refusesACommandBasedOnAStaleVersion() throws Exception {
        String id = signed("lifecycle-stale");
        accepted(id, "fields", """
                { "field": "Automobile industry", "addedOn": "%s" }""".formatted(day(10)));
        long before = eventsOf(id);

        ResponseEntity<String> response =
                post("/api/agreements/" + id + "/fields", """
                { "field": "Digital skills", "addedOn": "%s" }""".formatted(day(11)), Map.of("If-Match", "\"0\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(eventsOf(id)).isEqualTo(before);
    }

    private String signed(String id) {
        return signed(id, SIGNED_ON);
    }

    private static String day(int daysAfterSignature) {
        return SIGNED_ON.plusDays(daysAfterSignature).toString();
    }
}
