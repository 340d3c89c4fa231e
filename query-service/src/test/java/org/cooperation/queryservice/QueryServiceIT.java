package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.cooperation.agreement.api.contract.EventEnvelope;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.localinfra.LocalIdentity;
import org.cooperation.localinfra.TestDatabase;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query service against a real PostgreSQL and a real KRaft broker. Tests publish records as
 * the command side does and read the result through the HTTP API. Every request of {@link #http}
 * carries a token of someone who reads everything and keeps the record (auditor and secretariat),
 * unless it sets its own Authorization header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3)
abstract class QueryServiceIT {

    /** The signing key the tests' tokens come from; the service trusts its public key, issuer and audience. */
    static final LocalIdentity IDENTITY = LocalIdentity.loadOrCreate(Path.of("target", "test-identity"));

    static final String READER_TOKEN = IDENTITY.token(
            "test-reader",
            "test-suite",
            List.of(Roles.AUDITOR, Roles.SECRETARIAT),
            null,
            Instant.now().plus(Duration.ofHours(12)));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("query").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        IDENTITY.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;
    /**
     * This context's own broker. Not the property: its value is read from a system property that
     * the broker of any later context (a test with a context of its own) overwrites.
     */
    @Autowired
    EmbeddedKafkaBroker broker;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void sendTheReadersTokenUnlessTheTestSendsItsOwn() {
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(READER_TOKEN);
            }
            return execution.execute(request, body);
        }));
    }

    /** Publishes an event as the command side would, and returns its event id. */
    String publish(AgreementEvent event, long sequence) {
        return publish(event, sequence, UUID.randomUUID().toString());
    }

    /** Recorded now, to the millisecond, as the command side's event store keeps the instant. */
    String publish(AgreementEvent event, long sequence, String eventId) {
        return publish(event, sequence, eventId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Publishes an event as the command side would have recorded it at {@code recordedAt}, chained to
     * the agreement's previous event when that was published here before.
     */
    String publish(AgreementEvent event, long sequence, String eventId, Instant recordedAt) {
        Map<String, String> headers = new LinkedHashMap<>(headersOf(event, sequence, eventId, recordedAt));
        byte[] value = EventJson.write(event);
        String agreementId = event.agreementId().value();
        String previousHash = sequence == 0 ? null : CHAINS.get(agreementId + "/" + (sequence - 1));
        String hash = ChainLink.fromRecord(
                        name -> EventHeaders.PREVIOUS_HASH.equals(name) ? previousHash : headers.get(name), value)
                .event()
                .hash();
        CHAINS.put(agreementId + "/" + sequence, hash);
        headers.put(EventHeaders.HASH, hash);
        if (previousHash != null) {
            headers.put(EventHeaders.PREVIOUS_HASH, previousHash);
        }
        publishRecord(Topics.AGREEMENT_EVENTS, agreementId, headers, value);
        return eventId;
    }

    /** The hash of each event published by {@link #publish}, by agreement id and sequence ("id/3"). */
    private static final Map<String, String> CHAINS = new ConcurrentHashMap<>();

    /**
     * The headers the command side sends with an event, unchained: the contract's own envelope, as
     * the publisher builds it.
     */
    static Map<String, String> headersOf(AgreementEvent event, long sequence, String eventId, Instant recordedAt) {
        return EventEnvelope.headers(
                eventId,
                event,
                sequence,
                recordedAt,
                new EventEnvelope.Audit("corr-" + sequence, "secretariat-tool", null),
                null);
    }

    /** Publishes a record exactly as given, also one the command side would never send. */
    void publishRecord(String topic, String key, Map<String, String> headers, byte[] value) {
        var record = new ProducerRecord<String, byte[]>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    /** A GET asking for {@code accept}: a file to keep (PDF, CSV, iCalendar), as bytes. */
    ResponseEntity<byte[]> bytes(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /** A GET with this token instead of the reader's. */
    ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    ResponseEntity<String> post(String path) {
        return http.postForEntity(path, null, String.class);
    }

    /** An agreement id starting with {@code prefix} whose records share a partition with {@code agreementId}'s. */
    String agreementIdOnThePartitionOf(String agreementId, String prefix) {
        return IntStream.range(0, 1000)
                .mapToObj(i -> prefix + i)
                .filter(id -> partitionOf(id) == partitionOf(agreementId))
                .findFirst()
                .orElseThrow();
    }

    /** The partition the producer puts a key's records on, as for every record the command side sends. */
    private int partitionOf(String key) {
        int partitions = producer().partitionsFor(Topics.AGREEMENT_EVENTS).size();
        return Utils.toPositive(Utils.murmur2(key.getBytes(UTF_8))) % partitions;
    }

    /** Polls the API until the answer satisfies the condition, as a client reading its writes would. */
    JsonNode awaitJson(String path, Predicate<JsonNode> condition) throws Exception {
        AtomicReference<ResponseEntity<String>> last = new AtomicReference<>();
        try {
            return Awaitility.await()
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .atMost(Duration.ofSeconds(30))
                    .until(
                            () -> {
                                last.set(get(path));
                                return last.get().getStatusCode().is2xxSuccessful()
                                        ? json.readTree(last.get().getBody())
                                        : null;
                            },
                            body -> body != null && condition.test(body));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("GET " + path + " never satisfied the condition; last answer " + last.get());
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
            producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @AfterEach
    void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }
}
