package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ProjectionIT extends QueryServiceIT {

    @Test
    void showsTheCurrentStateAndTheHistoryOfASignedAgreement() throws Exception {
        String eventId = publish(Events.signed("jp-de-iot-2016"), 0);

        JsonNode current = awaitJson("/api/agreements/jp-de-iot-2016", body -> body.has("agreement"));
        JsonNode agreement = current.get("agreement");
        assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(agreement.get("version").asLong()).isZero();
        assertThat(agreement.get("term").get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(agreement.get("term").get("extensionsLeft").asInt()).isEqualTo(1);
        assertThat(agreement.get("parties").findValuesAsText("code")).containsExactly("DE-BMWI", "JP-METI");
        assertThat(current.get("meetingsSummary").get("nextDue").asText()).isEqualTo("2017-04-28");

        JsonNode history =
                json.readTree(get("/api/agreements/jp-de-iot-2016/history").getBody());
        JsonNode first = history.get("events").get(0);
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("eventId").asText()).isEqualTo(eventId);
        assertThat(first.get("type").asText()).isEqualTo("org.cooperation.agreement.AgreementSigned.v4");
        assertThat(first.get("businessDate").asText()).isEqualTo("2016-04-28");
        assertThat(first.get("recordedAt").asText()).isNotBlank();
        assertThat(first.get("principal").asText()).isEqualTo("secretariat-tool");
        assertThat(first.get("correlationId").asText()).isEqualTo("corr-0");
        assertThat(first.get("payload").get("place").asText()).isEqualTo("Tokyo");
    }

    @Test
    void appliesARedeliveredRecordOnlyOnce() throws Exception {
        String signedId = publish(Events.signed("redelivered"), 0);
        String fieldId = publish(Events.fieldAdded("redelivered", "Automobile industry"), 1);
        publish(Events.signed("redelivered"), 0, signedId);
        publish(Events.fieldAdded("redelivered", "Automobile industry"), 1, fieldId);
        publish(Events.fieldAdded("redelivered", "Robotics"), 2);

        JsonNode agreement = awaitJson(
                        "/api/agreements/redelivered",
                        body -> body.path("agreement").path("version").asLong() == 2)
                .get("agreement");

        assertThat(agreement.get("fieldsOfCooperation").findValuesAsText("name"))
                .containsExactly(
                        "Industrial cyber security",
                        "International standardization",
                        "Automobile industry",
                        "Robotics");
        assertThat(json.readTree(get("/api/agreements/redelivered/history").getBody())
                        .get("events")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void ignoresTheSameSequenceUnderAnotherEventId() throws Exception {
        publish(Events.signed("same-sequence"), 0);
        publish(Events.fieldAdded("same-sequence", "Automobile industry"), 1);
        publish(Events.fieldAdded("same-sequence", "Automobile industry"), 1);
        publish(Events.fieldAdded("same-sequence", "Robotics"), 2);

        JsonNode agreement = awaitJson(
                        "/api/agreements/same-sequence",
                        body -> body.path("agreement").path("version").asLong() == 2)
                .get("agreement");

        assertThat(agreement.get("fieldsOfCooperation").size()).isEqualTo(4);
    }

    @Test
    void answersAnUnknownAgreementWithAProblemDetail() throws Exception {
        ResponseEntity<String> response = get("/api/agreements/no-such-agreement");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("no-such-agreement");
        assertThat(get("/api/agreements/no-such-agreement/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
