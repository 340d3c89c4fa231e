package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.junit.jupiter.api.Test;

/**
 * Records published before {@code AnnualMeetingRecorded} version 2 (or {@code ProgrammeLaunched}
 * version 2) stay on the topic for good: the live consumer, the history and every as-of view read
 * them into the current event.
 */
class OlderEventVersionsIT extends QueryServiceIT {

    private static final String VERSION_1 = "org.cooperation.agreement.AnnualMeetingRecorded.v1";

    @Test
    void projectsAVersion1MeetingWithEachNameAsAnAttendee() throws Exception {
        String id = "older-version-meeting";
        publish(Events.signed(id), 0);
        String version1 = """
                {"agreementId":"%s","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover","level":"Minister",
                 "attendees":["Brigitte Zypries","Hiroshige Seko"],"outcomes":["Hannover Declaration"]}""".formatted(id);
        publishAs(VERSION_1, Events.meeting(id, "2017-03-19", "DE", "Hannover"), version1);

        JsonNode meetings = awaitJson(
                "/api/agreements/" + id + "/meetings",
                body -> body.path("version").asLong() == 1);
        JsonNode attendees = json.readTree("[{\"name\":\"Brigitte Zypries\"},{\"name\":\"Hiroshige Seko\"}]");
        assertThat(meetings.get("meetings").get(0).get("attendees")).isEqualTo(attendees);

        JsonNode recorded = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events")
                .get(1);
        assertThat(recorded.get("type").asText())
                .as("the history keeps the record as it was")
                .isEqualTo(VERSION_1);
        assertThat(recorded.get("payload")).isEqualTo(json.readTree(version1));

        JsonNode asOf =
                json.readTree(get("/api/agreements/" + id + "?asOf=2017-03-19").getBody());
        assertThat(asOf.get("agreement").get("meetings").get(0).get("attendees"))
                .isEqualTo(attendees);
    }

    @Test
    void projectsAVersion1LaunchAsTheLaunchItStated() throws Exception {
        String id = "older-version-launch";
        publish(Events.signed(id), 0);
        String version1 = """
                {"agreementId":"%s","programmeId":"vulcanus","name":"Vulcanus","launchedOn":"2017"}""".formatted(id);
        publishAs(
                "org.cooperation.agreement.ProgrammeLaunched.v1",
                Events.programmeLaunched(id, "vulcanus", "Vulcanus", "2017"),
                version1);

        JsonNode programme = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong() == 1)
                .at("/agreement/programmes/0");
        assertThat(programme.get("launchedOn").asText()).isEqualTo("2017");
        assertThat(programme.has("runningBy")).isFalse();
    }

    /** The record an older producer published as sequence 1: headers as for {@code event}, the type and JSON of then. */
    private void publishAs(String type, AgreementEvent event, String json) throws Exception {
        Map<String, String> headers = headersOf(event, 1, UUID.randomUUID().toString(), Instant.now());
        headers.put(EventHeaders.TYPE, type);
        publishRecord(Topics.AGREEMENT_EVENTS, event.agreementId().value(), headers, json.getBytes(UTF_8));
    }
}
