package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Programmes through HTTP: launched, a year's figures, closed, each published as an event of its own
 * with dates as precise as the source gave them; vague dates a rule cannot decide, and input that is
 * not a date of the published language, are refused with the field named, and nothing is stored.
 */
class ProgrammesIT extends AgreementCommandIT {

    @Test
    void launchesRecordsAYearAndClosesAProgrammeKeepingTheDatesAsGiven() throws Exception {
        String id = "programmes-vulcanus";
        assertThat(post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(accepted(id, "programmes", """
                { "programmeId": "vulcanus", "name": "Vulcanus in Japan",
                  "description": "Industrial internships in Japan for EU students", "launchedOn": "2019" }""")).isEqualTo(1);
        assertThat(accepted(id, "programmes/vulcanus/years", """
                { "year": 2020, "participants": 35, "applicants": 800, "note": "EU participants" }""")).isEqualTo(2);
        assertThat(accepted(id, "programmes/vulcanus/closing", """
                { "closedOn": "2021-10" }""")).isEqualTo(3);

        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 4, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> AgreementTopic.header(r, "ce_type")))
                .containsExactly(
                        "org.cooperation.agreement.AgreementSigned.v4",
                        "org.cooperation.agreement.ProgrammeLaunched.v2",
                        "org.cooperation.agreement.ProgrammeYearRecorded.v1",
                        "org.cooperation.agreement.ProgrammeClosed.v1");
        assertThat(json.readTree(records.get(1).value()).get("launchedOn").asText())
                .isEqualTo("2019");
        assertThat(json.readTree(records.get(3).value()).get("closedOn").asText())
                .isEqualTo("2021-10");
    }

    @Test
    void recordsAProgrammeWhoseLaunchTheSourceDoesNotStateByTheDateItWasRunningBy() throws Exception {
        String id = "programmes-running-by";
        post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of());

        assertThat(accepted(id, "programmes", """
                { "programmeId": "minerva", "name": "Minerva", "runningBy": "2019" }""")).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> records =
                AgreementTopic.recordsOf(bootstrapServers, id, 2, Duration.ofSeconds(30));
        assertThat(AgreementTopic.header(records.get(1), "ce_type"))
                .isEqualTo("org.cooperation.agreement.ProgrammeLaunched.v2");
        JsonNode launched = json.readTree(records.get(1).value());
        assertThat(launched.has("launchedOn"))
                .as("the source does not state it")
                .isFalse();
        assertThat(launched.get("runningBy").asText()).isEqualTo("2019");
    }

    @Test
    void takesExactlyOneOfTheLaunchAndTheDateItWasRunningByNamingTheFieldAndTheRule() throws Exception {
        String id = "programmes-launch-or-running-by";
        post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of());

        JsonNode neither = refused(id, "programmes", """
                { "programmeId": "minerva", "name": "Minerva" }""", HttpStatus.BAD_REQUEST);
        JsonNode both = refused(id, "programmes", """
                { "programmeId": "minerva", "name": "Minerva", "launchedOn": "2019", "runningBy": "2019" }""", HttpStatus.BAD_REQUEST);
        JsonNode tooEarly = refused(id, "programmes", """
                { "programmeId": "minerva", "name": "Minerva", "runningBy": "2018" }""", HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(neither.get("errors").get(0).get("field").asText()).isEqualTo("launchedOn");
        assertThat(neither.get("errors").get(0).get("rule").asText()).isEqualTo("launched-or-running-by");
        assertThat(both.get("errors").get(0).get("field").asText()).isEqualTo("runningBy");
        assertThat(both.get("errors").get(0).get("rule").asText()).isEqualTo("launched-or-running-by");
        assertThat(tooEarly.get("field").asText()).as("judged as a launch").isEqualTo("runningBy");
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned");
    }

    @Test
    void saysADateIsTooVagueWhenItsRangeCannotDecideTheRule() throws Exception {
        String id = "programmes-too-vague";
        post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of());

        JsonNode problem = refused(id, "programmes", """
                { "programmeId": "vulcanus", "name": "Vulcanus in Japan", "launchedOn": "2018" }""", HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(problem.get("rule").asText()).isEqualTo("date-too-vague");
        assertThat(problem.get("field").asText()).isEqualTo("launchedOn");
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned");
    }

    @Test
    void namesTheFieldOfADateThatIsNoReducedPrecisionDate() throws Exception {
        String id = "programmes-bad-date";
        post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of());

        for (String launchedOn : new String[] {"October 2018", "0000", "2018-13", "2019-02-29", "87"}) {
            JsonNode problem = refused(id, "programmes", """
                    { "programmeId": "vulcanus", "name": "Vulcanus", "launchedOn": "%s" }""".formatted(launchedOn), HttpStatus.BAD_REQUEST);
            assertThat(problem.get("errors").get(0).get("field").asText())
                    .as(launchedOn)
                    .isEqualTo("launchedOn");
            assertThat(problem.get("errors").get(0).get("rule").asText())
                    .as(launchedOn)
                    .isEqualTo("format");
        }
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned");
    }

    @Test
    void refusesNegativeCountsAndAProgrammeIdThatIsNoId() throws Exception {
        String id = "programmes-bad-year";
        post("/api/agreements", OpenEndedInstrumentIT.digitalPartnership(id), Map.of());
        accepted(id, "programmes", """
                { "programmeId": "vulcanus", "name": "Vulcanus", "launchedOn": "2019-09" }""");

        JsonNode negative = refused(id, "programmes/vulcanus/years", """
                { "year": 2020, "participants": -1 }""", HttpStatus.BAD_REQUEST);
        assertThat(negative.get("errors").get(0).get("field").asText()).isEqualTo("participants");
        assertThat(negative.get("errors").get(0).get("rule").asText()).isEqualTo("minimum");

        JsonNode unknown = refused(id, "programmes/minerva/years", """
                { "year": 2020 }""", HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknown.get("rule").asText()).isEqualTo("programme-unknown");
        assertThat(StoredEvents.of(jdbc, id)).containsExactly("AgreementSigned", "ProgrammeLaunched");
    }
}
