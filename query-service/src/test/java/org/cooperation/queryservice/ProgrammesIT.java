package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Rule 15 on the query side: programmes with dates as precise as their source, in the current state,
 * as of a day (a vague date counts once every day it may stand for has come) and in the history.
 */
class ProgrammesIT extends QueryServiceIT {

    @Test
    void showsProgrammesNowAsOfADayAndInTheHistoryWithTheirDatesAsGiven() throws Exception {
        String id = "programmes-centre";
        publish(Events.signed(id), 0);
        publish(Events.programmeLaunched(id, "vulcanus", "Vulcanus in Japan", "2017"), 1);
        publish(Events.programmeYear(id, "vulcanus", 2018, 35, 800), 2);
        publish(Events.programmeClosed(id, "vulcanus", "2019-08"), 3);

        JsonNode now = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 3);
        JsonNode programme = now.get("agreement").get("programmes").get(0);
        assertThat(programme.get("programmeId").asText()).isEqualTo("vulcanus");
        assertThat(programme.get("launchedOn").asText()).isEqualTo("2017");
        assertThat(programme.get("closedOn").asText()).isEqualTo("2019-08");
        assertThat(programme.get("years").get(0).get("year").asInt()).isEqualTo(2018);
        assertThat(programme.get("years").get(0).get("participants").asInt()).isEqualTo(35);
        assertThat(programme.get("years").get(0).get("applicants").asInt()).isEqualTo(800);

        assertThat(programmesAsOf(id, "2017-12-30"))
                .as("launched in 2017, but perhaps not yet")
                .isEmpty();
        assertThat(programmesAsOf(id, "2017-12-31").get(0).get("launchedOn").asText())
                .isEqualTo("2017");
        assertThat(programmesAsOf(id, "2018-12-30").get(0).get("years"))
                .as("2018 not over")
                .isEmpty();
        assertThat(programmesAsOf(id, "2018-12-31").get(0).get("years")).hasSize(1);
        assertThat(programmesAsOf(id, "2019-08-30").get(0).has("closedOn"))
                .as("closed in August 2019, but perhaps not yet")
                .isFalse();
        assertThat(programmesAsOf(id, "2019-08-31").get(0).get("closedOn").asText())
                .isEqualTo("2019-08");

        JsonNode history =
                json.readTree(get("/api/agreements/" + id + "/history").getBody());
        assertThat(history.findValues("type").stream().map(JsonNode::asText))
                .contains(
                        "org.cooperation.agreement.ProgrammeLaunched.v2",
                        "org.cooperation.agreement.ProgrammeYearRecorded.v1",
                        "org.cooperation.agreement.ProgrammeClosed.v1");
        assertThat(history.findValues("launchedOn").get(0).asText()).isEqualTo("2017");
    }

    @Test
    void showsAProgrammeWhoseLaunchIsNotStatedByTheDateItWasRunningBy() throws Exception {
        String id = "programmes-running-by";
        publish(Events.signed(id), 0);
        publish(Events.programmeRunningBy(id, "minerva", "Minerva", "2019"), 1);

        JsonNode now = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);
        JsonNode programme = now.get("agreement").get("programmes").get(0);
        assertThat(programme.has("launchedOn"))
                .as("the source does not state it")
                .isFalse();
        assertThat(programme.get("runningBy").asText()).isEqualTo("2019");

        assertThat(programmesAsOf(id, "2019-12-30"))
                .as("running by 2019, but perhaps not yet")
                .isEmpty();
        assertThat(programmesAsOf(id, "2019-12-31").get(0).get("runningBy").asText())
                .isEqualTo("2019");

        JsonNode history =
                json.readTree(get("/api/agreements/" + id + "/history").getBody());
        assertThat(history.findValues("type").stream().map(JsonNode::asText))
                .contains("org.cooperation.agreement.ProgrammeLaunched.v2");
        assertThat(history.findValues("runningBy").get(0).asText()).isEqualTo("2019");
        assertThat(history.findValues("launchedOn")).isEmpty();
    }

    private JsonNode programmesAsOf(String id, String day) throws Exception {
        return json.readTree(get("/api/agreements/" + id + "?asOf=" + day).getBody())
                .get("agreement")
                .get("programmes");
    }
}
