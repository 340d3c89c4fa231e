package org.cooperation.faultsuite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;

/** query-service's consumer group on the events topic, as the broker sees it. */
final class ReaderGroup {

    /** The group of query-service's events listener: Spring Kafka takes the listener's id for it. */
    static final String GROUP = "read-models";

    private ReaderGroup() {}

    static Admin admin(SuiteContext context) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrapServers());
        return Admin.create(properties);
    }

    /**
     * Which member holds which partitions of the events topic, once the group is stable and every
     * partition is assigned; empty while it is rebalancing.
     */
    static Map<String, Set<Integer>> assignment(Admin admin) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP))
                .describedGroups()
                .get(GROUP)
                .get();
        int partitions = admin.describeTopics(List.of(TopicReader.TOPIC))
                .allTopicNames()
                .get()
                .get(TopicReader.TOPIC)
                .partitions()
                .size();
        Map<String, Set<Integer>> held = new HashMap<>();
        for (MemberDescription member : group.members()) {
            Set<Integer> mine = new TreeSet<>();
            for (TopicPartition partition : member.assignment().topicPartitions()) {
                if (partition.topic().equals(TopicReader.TOPIC)) {
                    mine.add(partition.partition());
                }
            }
            held.put(member.consumerId(), mine);
        }
        long assigned = held.values().stream().mapToLong(Set::size).sum();
        return group.state() == ConsumerGroupState.STABLE && assigned == partitions ? held : Map.of();
    }
}
