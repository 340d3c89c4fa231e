package org.cooperation.commandservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Signs the 2016 Joint Statement through HTTP against a real PostgreSQL and a real KRaft broker,
 * and reads the record back with a plain Kafka consumer, as a partner agency would.
 */
class SignAgreementIT extends CommandServiceIT {

    @Test
    void storesTheSignatureAndPublishesItAsACloudEvent() throws Exception {
        ResponseEntity<String> response = post(
                "/api/agreements", Requests.jointStatement("jp-de-iot-2016"), Map.of("X-Correlation-Id", "corr-1"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation())
                .hasToString("http://localhost:8081/api/agreements/jp-de-iot-2016");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("agreementId").asText()).isEqualTo("jp-de-iot-2016");
        assertThat(body.get("version").asLong()).isZero();

        ConsumerRecord<String, byte[]> record = firstRecordFor("jp-de-iot-2016");
        assertThat(header(record, "ce_type")).isEqualTo("org.cooperation.agreement.AgreementSigned.v4");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_subject")).isEqualTo("jp-de-iot-2016");
        assertThat(header(record, "ce_source")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "sequence")).isEqualTo("0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-1");
        assertThat(header(record, "ce_id"))
                .isEqualTo(jdbc.sql(
                                "SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = 'jp-de-iot-2016' AND sequencenumber = 0")
                        .query(String.class)
                        .single());
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(new String(record.value(), UTF_8)).doesNotContain("org.cooperation");
        StoredEvents.await(
                jdbc, "jp-de-iot-2016", List.of("AgreementSigned", "AgreementExpired"), Duration.ofSeconds(30));
    }

    @Test
    void refusesASecondAgreementWithTheSameId() {
        assertThat(post("/api/agreements", Requests.jointStatement("dup-1"), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> second = post("/api/agreements", Requests.jointStatement("dup-1"), Map.of());

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // One signature; its term ended in 2021, so the expiry follows at once, and nothing else.
        StoredEvents.await(jdbc, "dup-1", List.of("AgreementSigned", "AgreementExpired"), Duration.ofSeconds(30));
    }

    @Test
    void storesPayloadsAsByteaWithAGlobalIndexAllocatedOneByOne() {
        assertThat(jdbc.sql("""
                SELECT column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'command' AND table_name = 'domainevententry'
                  AND column_name IN ('payload', 'metadata') ORDER BY column_name""").query(String.class).list()).containsExactly("metadata:bytea", "payload:bytea");
        assertThat(jdbc.sql(
                                "SELECT increment_by || ':' || cache_size FROM pg_sequences WHERE sequencename = 'domainevententry_globalindex_seq'")
                        .query(String.class)
                        .single())
                .isEqualTo("1:1");
    }

    /** Axon's per-handler time limits are off (their cost); the database bounds each statement instead. */
    @Test
    void boundsEveryStatementOfTheServiceInTime() {
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single())
                .isEqualTo("30s");
    }

    private ConsumerRecord<String, byte[]> firstRecordFor(String agreementId) {
        return AgreementTopic.recordsOf(bootstrapServers, agreementId, 1, Duration.ofSeconds(30))
                .get(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return AgreementTopic.header(record, name);
    }
}
