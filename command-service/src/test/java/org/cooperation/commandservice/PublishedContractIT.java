package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.agreement.api.verification.Chains;
import org.cooperation.agreement.api.verification.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The topic as partner agencies see it: every event type goes through the real publisher to a
 * real broker, and each record is checked against the published JSON Schema of its type.
 */
class PublishedContractIT extends CommandServiceIT {

    @Autowired
    EventStore eventStore;

    @Test
    void publishesEveryEventTypeAsItsSchemaDescribes() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = everyEventTypePublished("contract-every-type");

        Set<String> typesSeen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = header(record, EventHeaders.TYPE);
            typesSeen.add(type);
            JsonNode value = json.readTree(record.value());
            assertThat(PublishedSchemas.violations(type, value))
                    .as(type + " " + value)
                    .isEmpty();
            assertThat(header(record, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(header(record, EventHeaders.RECORDED_AT)).isEqualTo(header(record, EventHeaders.TIME));
            assertThat(header(record, EventHeaders.SUBJECT)).isEqualTo(record.key());
            for (Header header : record.headers()) {
                assertThat(new String(header.value(), UTF_8)).doesNotContain("org.cooperation.agreement.api");
            }
            assertThat(new String(record.value(), UTF_8)).doesNotContain("org.cooperation");
        }
        assertThat(typesSeen).hasSize(EventTypes.all().size());
    }

    @Test
    void chainsEveryEventTypeSoThatAPartnerRecomputesEachHash() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = everyEventTypePublished("contract-chained");

        List<ChainLink> links = records.stream()
                .map(record -> ChainLink.fromRecord(name -> header(record, name), record.value()))
                .toList();
        assertThat(Chains.verify(links)).isEqualTo(Verdict.VALID);
        assertThat(links).allSatisfy(link -> assertThat(link.claimedHash()).hasSize(64));
        assertThat(links.get(0).claimedPreviousHash()).isNull();
        List<String> stored = jdbc.sql("SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'hash' FROM domainevententry"
                        + " WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param("contract-chained")
                .query(String.class)
                .list();
        assertThat(stored)
                .containsExactlyElementsOf(
                        links.stream().map(ChainLink::claimedHash).toList());
    }

    /** The records of an agreement that went through every event type, stored and then published. */
    private List<ConsumerRecord<String, byte[]>> everyEventTypePublished(String agreementId) {
        List<AgreementEvent> events = EveryEvent.of(AgreementId.of(agreementId));
        append(events);
        return consume(r -> agreementId.equals(r.key()), events.size());
    }

    @Test
    void keepsEachAgreementsOrderAcrossPartitions() throws Exception {
        int agreements = 60;
        int eventsEach = EveryEvent.of(AgreementId.of("x")).size();
        List<AgreementEvent> interleaved = new ArrayList<>();
        for (int step = 0; step < eventsEach; step++) {
            for (int a = 0; a < agreements; a++) {
                interleaved.add(EveryEvent.of(AgreementId.of("order-" + a)).get(step));
            }
        }
        append(interleaved);

        List<ConsumerRecord<String, byte[]>> records = consume(r -> r.key().startsWith("order-"), interleaved.size());

        Map<String, Long> lastSequence = new HashMap<>();
        Set<Integer> partitions = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            partitions.add(record.partition());
            long sequence = Long.parseLong(header(record, EventHeaders.SEQUENCE));
            Long previous = lastSequence.put(record.key(), sequence);
            assertThat(sequence).as("sequence of " + record.key()).isGreaterThan(previous == null ? -1 : previous);
        }
        assertThat(lastSequence)
                .hasSize(agreements)
                .allSatisfy((key, last) -> assertThat(last).isEqualTo(eventsEach - 1));
        assertThat(partitions).hasSizeGreaterThan(1);
    }

    @Test
    void republishesTheWholeHistoryWithTheSameIdentities() throws Exception {
        AgreementId id = AgreementId.of("contract-replayed");
        List<AgreementEvent> events = EveryEvent.of(id);
        append(events);
        Set<String> firstIds = eventIds(consume(r -> id.value().equals(r.key()), events.size()));

        assertThat(post("/api/admin/publisher/replay", "", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(202);

        List<ConsumerRecord<String, byte[]>> afterReplay =
                consume(r -> id.value().equals(r.key()), 2 * events.size());
        assertThat(eventIds(afterReplay)).isEqualTo(firstIds);
        // The same place in the history, and the same place in its chain.
        for (String kept : List.of(EventHeaders.SEQUENCE, EventHeaders.HASH, EventHeaders.PREVIOUS_HASH)) {
            assertThat(afterReplay.subList(events.size(), afterReplay.size()))
                    .extracting(record -> header(record, kept))
                    .as(kept)
                    .containsExactlyElementsOf(afterReplay.subList(0, events.size()).stream()
                            .map(record -> header(record, kept))
                            .toList());
        }
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(header(record, EventHeaders.ID)));
        return ids;
    }

    /** Stores the events as the aggregate would: each agreement's events numbered from 0. */
    private void append(List<AgreementEvent> events) {
        Map<String, Long> next = new HashMap<>();
        for (AgreementEvent event : events) {
            String agreementId = event.agreementId().value();
            long sequence = next.merge(agreementId, 1L, Long::sum) - 1;
            eventStore.publish(new GenericDomainEventMessage<>(
                    "Agreement",
                    agreementId,
                    sequence,
                    event,
                    MetaData.with("correlationId", "contract-test").and("principal", "contract-test")));
        }
    }

    private List<ConsumerRecord<String, byte[]>> consume(Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "contract-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.AGREEMENT_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (matching.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        matching.add(record);
                    }
                });
            }
        }
        assertThat(matching).as("records on the topic").hasSize(count);
        return matching;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
