package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A topic that only the live projection's record-by-record way applies exactly: the rebuild's bulk
 * load finds out and goes that way instead, with the same result as the live projection, and counts
 * the records the live consumer dead-lettered.
 */
// A context of its own, and so a broker and a topic of its own: once the topic holds an event id under two sequences,
// every later rebuild from it goes record by record, and the other rebuild tests would no longer try the bulk load.
@TestPropertySource(properties = "spring.kafka.consumer.group-id=query-service-record-by-record")
class RebuildRecordByRecordIT extends RebuildSupport {

    @Test
    void rebuildsRecordByRecordATopicWithOneEventIdUnderTwoSequences() throws Exception {
        String id = "reused-event-id";
        publish(Events.signed(id), 0);
        String reused = publish(Events.fieldAdded(id, "Robotics"), 1);
        // Skipped, its id having been applied; the event after it waits for a sequence 2 that never comes.
        publish(Events.fieldAdded(id, "Hydrogen"), 2, reused);
        publish(Events.fieldAdded(id, "Smart grids"), 3);
        awaitRows("held_event", id, 1);
        awaitRows("agreement_event", id, 2);
        Map<String, List<String>> before = snapshot();

        assertThat(rebuildAndAwait().get("state").asText()).isEqualTo("SUCCEEDED");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void countsARecordWithAValueTheTablesRefuseAsUnusable() throws Exception {
        String id = "refused-value";
        publish(Events.signed(id), 0);
        // An event id longer than its column (the command side's are UUIDs): the live consumer dead-letters the
        // record, and the event after it waits.
        Map<String, String> headers =
                new LinkedHashMap<>(headersOf(Events.fieldAdded(id, "Robotics"), 1, "r".repeat(65), Instant.now()));
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(Events.fieldAdded(id, "Robotics")));
        publish(Events.fieldAdded(id, "Hydrogen"), 2);
        awaitRows("held_event", id, 1);
        Map<String, List<String>> before = snapshot();

        JsonNode status = rebuildAndAwait();

        assertThat(status.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(status.get("unusable").asLong()).isPositive();
        assertThat(snapshot()).isEqualTo(before);
    }
}
