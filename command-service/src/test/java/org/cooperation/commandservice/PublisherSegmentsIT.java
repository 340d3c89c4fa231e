package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.commandservice.RawHttp.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.localinfra.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The publisher after its thread count was lowered. The token store keeps the segments of the
 * first start, and a tracking processor never processes more segments than it has threads: the
 * events of the others would be stored and never published. Every segment is still published, and
 * the health check names each segment with the instance that holds it.
 */
class PublisherSegmentsIT extends CommandServiceIT {

    private static final Duration A_WHILE = Duration.ofSeconds(60);

    @Test
    void publishesEverySegmentTheStoreHoldsWithFewerThreadsConfigured() throws Exception {
        Map<String, String> database = TestDatabase.fresh("segments");
        try (ConfigurableApplicationContext first = start(database, 4)) {
            assertThat(sign(first, "segments-first").statusCode()).isEqualTo(201);
            AgreementTopic.recordsOf(bootstrapServers, "segments-first", 1, A_WHILE);
        }
        assertThat(OtherInstance.store(database)
                        .sql("SELECT count(*) FROM tokenentry WHERE processorname = 'kafka-publisher'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        try (ConfigurableApplicationContext second = start(database, 1)) {
            // Agreements fall into segments by a hash of their id: a dozen fill all four.
            List<String> agreementIds =
                    IntStream.range(0, 12).mapToObj(i -> "segments-" + i).toList();
            for (String agreementId : agreementIds) {
                assertThat(sign(second, agreementId).statusCode()).isEqualTo(201);
            }

            Map<String, List<ConsumerRecord<String, byte[]>>> published = AgreementTopic.recordsOf(
                    bootstrapServers, agreementIds.stream().collect(Collectors.toMap(id -> id, id -> 1)), A_WHILE);

            assertThat(published)
                    .allSatisfy((agreementId, records) -> assertThat(AgreementTopic.types(records))
                            .as(agreementId)
                            .containsExactly("org.cooperation.agreement.AgreementSigned.v4"));
            JsonNode health = json.readTree(new RawHttp(OtherInstance.baseUrl(second))
                    .get("/actuator/health/publisher", bearer(SECRETARIAT_TOKEN))
                    .body());
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.at("/details/segments").findValuesAsText("segment"))
                    .containsExactly("0", "1", "2", "3");
            assertThat(health.at("/details/segments").findValuesAsText("owner"))
                    .hasSize(4)
                    .doesNotContainNull();
            assertThat(health.at("/details/segments").findValuesAsText("behind"))
                    .containsOnly("0");
        }
    }

    private ConfigurableApplicationContext start(Map<String, String> database, int threads) {
        Map<String, Object> properties = OtherInstance.trusting(OtherInstance.on(database, bootstrapServers));
        properties.put("agreements.publisher.threads", threads);
        properties.put("agreements.publisher.initial-segments", threads);
        return OtherInstance.start(properties);
    }

    private static HttpResponse<String> sign(ConfigurableApplicationContext service, String agreementId)
            throws Exception {
        return new RawHttp(OtherInstance.baseUrl(service))
                .post("/api/agreements", InForce.jointStatement(agreementId), bearer(SECRETARIAT_TOKEN));
    }
}
