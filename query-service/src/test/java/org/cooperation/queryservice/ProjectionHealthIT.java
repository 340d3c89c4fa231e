package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.cooperation.queryservice.projection.consuming.AgreementEventListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * {@code /actuator/health/projection} as an operator reads it: the events held back for a
 * predecessor, while the rest flows on; and down while the events listener is stopped.
 */
class ProjectionHealthIT extends QueryServiceIT {

    private static final String PATH = "/actuator/health/projection";

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void countsTheEventsHeldBackAndStaysUp() throws Exception {
        long before = awaitJson(PATH, body -> true).at("/details/heldEvents").asLong();
        String id = "health-unsigned-2016";

        publish(Events.fieldAdded(id, "Robotics"), 1);

        JsonNode holding =
                awaitJson(PATH, body -> body.at("/details/heldEvents").asLong() == before + 1);
        assertThat(holding.get("status").asText()).isEqualTo("UP");
        assertThat(holding.at("/details/consuming").asBoolean()).isTrue();
        assertThat(holding.at("/details/heldSince").asText()).isNotEmpty();
        assertThat(holding.at("/details/attention").asText()).contains("/api/admin/held-events");

        publish(Events.signed(id), 0);

        awaitJson(PATH, body -> body.at("/details/heldEvents").asLong() == before);
    }

    @Test
    void isDownWhileTheEventsListenerIsStopped() throws Exception {
        MessageListenerContainer container = listeners.getListenerContainer(AgreementEventListener.ID);
        container.stop();
        try {
            ResponseEntity<String> answer = get(PATH);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            JsonNode health = json.readTree(answer.getBody());
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/details/consuming").asBoolean()).isFalse();
            assertThat(health.at("/details/problem").asText()).contains("not being updated");
        } finally {
            container.start();
        }
        awaitJson(PATH, body -> body.at("/details/consuming").asBoolean());
        // Consuming again: an event published now is applied.
        publish(Events.signed("health-after-restart"), 0);
        awaitJson("/api/agreements/health-after-restart", body -> true);
    }
}
