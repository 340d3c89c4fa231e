package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.localinfra.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An instance started with more partitions configured than the events topic has. Spring would
 * grow the topic; that would move agreements to other partitions and break the order of their
 * events for every consumer. The topic keeps its partitions, and the log says why.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventsTopicIT extends CommandServiceIT {

    @Test
    void keepsThePartitionsOfTheTopicWhenMoreAreConfigured(CapturedOutput output) throws Exception {
        int before = partitions();
        Map<String, Object> properties =
                OtherInstance.trusting(OtherInstance.on(TestDatabase.fresh("topic"), bootstrapServers));
        properties.put("agreements.kafka.partitions", before * 2);

        try (ConfigurableApplicationContext ignored = OtherInstance.start(properties)) {
            assertThat(partitions()).isEqualTo(before);
            assertThat(output.getOut())
                    .contains(Topics.AGREEMENT_EVENTS + " has " + before
                            + " partitions and keeps them, although agreements.kafka.partitions is " + before * 2);
        }
    }

    private int partitions() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers))) {
            return admin.describeTopics(List.of(Topics.AGREEMENT_EVENTS))
                    .allTopicNames()
                    .get()
                    .get(Topics.AGREEMENT_EVENTS)
                    .partitions()
                    .size();
        }
    }
}
