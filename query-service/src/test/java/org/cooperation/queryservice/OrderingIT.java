package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Events of one agreement are applied in sequence order, and a gap in one holds up no other. */
class OrderingIT extends QueryServiceIT {

    @Test
    void holdsAnEventThatSkipsAheadUntilTheMissingOneArrives() throws Exception {
        String id = "gap-2016";
        publish(Events.signed(id), 0);
        publish(Events.fieldAdded(id, "Robotics"), 1);
        publish(Events.fieldAdded(id, "Hydrogen"), 3);

        JsonNode held = awaitJson("/api/admin/held-events", body -> heldOf(body, id) != null);
        JsonNode view = json.readTree(get("/api/agreements/" + id).getBody());

        assertThat(heldOf(held, id).get("sequence").asLong()).isEqualTo(3);
        assertThat(heldOf(held, id).get("waitingForSequence").asLong()).isEqualTo(2);
        assertThat(view.get("agreement").get("version").asLong()).isEqualTo(1);
        assertThat(view.get("heldBack").get("events").asInt()).isEqualTo(1);
        assertThat(view.get("heldBack").get("waitingForSequence").asLong()).isEqualTo(2);
        assertThat(json.readTree(get("/api/agreements/" + id + "/history").getBody())
                        .get("events")
                        .size())
                .isEqualTo(2);

        publish(Events.fieldAdded(id, "Automobile industry"), 2);

        JsonNode caughtUp = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 3);
        assertThat(caughtUp.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .endsWith("Robotics", "Automobile industry", "Hydrogen");
        assertThat(caughtUp.has("heldBack")).isFalse();
        assertThat(heldOf(json.readTree(get("/api/admin/held-events").getBody()), id))
                .isNull();
        assertThat(json.readTree(get("/api/agreements/" + id + "/history").getBody())
                        .get("events")
                        .findValuesAsText("type"))
                .hasSize(4);
    }

    @Test
    void keepsOtherAgreementsOnTheSamePartitionFlowingBehindAHeldEvent() throws Exception {
        String stuck = "stuck-2016";
        String other = agreementIdOnThePartitionOf(stuck, "flowing-");
        publish(Events.signed(stuck), 0);
        publish(Events.fieldAdded(stuck, "Robotics"), 2);
        publish(Events.signed(other), 0);
        publish(Events.fieldAdded(other, "Robotics"), 1);

        JsonNode flowing = awaitJson(
                "/api/agreements/" + other,
                body -> body.path("agreement").path("version").asLong() == 1);

        assertThat(flowing.get("agreement").get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(json.readTree(get("/api/agreements/" + stuck).getBody())
                        .get("agreement")
                        .get("version")
                        .asLong())
                .isZero();
    }

    @Test
    void holdsAnEventOfAnAgreementWhoseSignatureHasNotArrived() throws Exception {
        String id = "unsigned-2016";
        publish(Events.fieldAdded(id, "Robotics"), 1);
        awaitJson("/api/admin/held-events", body -> heldOf(body, id) != null);

        publish(Events.signed(id), 0);

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);
        assertThat(view.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .contains("Robotics");
    }

    private static JsonNode heldOf(JsonNode held, String agreementId) {
        for (JsonNode event : held) {
            if (event.get("agreementId").asText().equals(agreementId)) {
                return event;
            }
        }
        return null;
    }
}
