package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A topic that only the live projection's record-by-record way applies exactly: the rebuild's bulk
 * load finds out and goes that way instead, with the same result as the live projection.
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
}
