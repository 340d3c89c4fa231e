package org.cooperation.queryservice.projection.deadletter;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.queryservice.projection.consuming.ConsumerConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Repository;

/**
 * The {@code dead_letter} table: each record of the dead-letter topic once (its partition and
 * offset are a unique key), with the original record's headers and value kept byte for byte so
 * that a retry publishes exactly what failed.
 */
@Repository
public class DeadLetterRepository {

    /** Headers the dead-letter publisher adds; they describe the failure, not the event. */
    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";

    private static final TypeReference<List<StoredHeader>> HEADER_LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public DeadLetterRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A header as stored: its name and its value in base64, since header values are bytes. */
    private record StoredHeader(String name, String value) {}

    /** The original record, ready to publish again. */
    public record OriginalRecord(String key, List<Header> headers, byte[] value) {}

    public void store(ConsumerRecord<String, byte[]> record) {
        List<StoredHeader> original = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)
                    && !header.key().equals(ConsumerConfig.REASON_HEADER)) {
                original.add(new StoredHeader(header.key(), Base64.getEncoder().encodeToString(header.value())));
            }
        }
        jdbc.sql("""
                        INSERT INTO dead_letter (dlt_partition, dlt_offset, dead_lettered_at, reason, original_topic,
                                                 original_partition, original_offset, record_key, agreement_id, sequence,
                                                 event_type, event_id, headers, value)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                        ON CONFLICT (dlt_partition, dlt_offset) DO NOTHING
                        """)
                .params(
                        record.partition(),
                        record.offset(),
                        Timestamp.from(Instant.ofEpochMilli(record.timestamp())),
                        reason(record),
                        text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                        number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.BYTES),
                        number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET, Long.BYTES),
                        record.key(),
                        text(record, EventHeaders.SUBJECT),
                        text(record, EventHeaders.SEQUENCE),
                        text(record, EventHeaders.TYPE),
                        text(record, EventHeaders.ID),
                        write(original),
                        record.value())
                .update();
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ?")
                .param(id)
                .query((rs, row) -> deadLetter(rs))
                .optional();
    }

    /** Oldest first; {@code status} null for all. */
    public List<DeadLetter> page(DeadLetter.Status status, int page, int size) {
        return jdbc.sql("""
                        SELECT * FROM dead_letter WHERE CAST(:status AS text) IS NULL OR status = :status
                        ORDER BY id LIMIT :limit OFFSET :offset
                        """)
                .param("status", status == null ? null : status.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> deadLetter(rs))
                .list();
    }

    public long count(DeadLetter.Status status) {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE CAST(:status AS text) IS NULL OR status = :status")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    public Optional<OriginalRecord> original(long id) {
        return jdbc.sql("SELECT record_key, headers::text, value FROM dead_letter WHERE id = ?")
                .param(id)
                .query((rs, row) -> new OriginalRecord(
                        rs.getString(1),
                        read(rs.getString(2)).stream()
                                .<Header>map(h -> new RecordHeader(
                                        h.name(), Base64.getDecoder().decode(h.value())))
                                .toList(),
                        rs.getBytes(3)))
                .optional();
    }

    public void markRetried(long id) {
        jdbc.sql(
                        "UPDATE dead_letter SET status = 'RETRIED', retries = retries + 1, last_retried_at = now() WHERE id = ?")
                .param(id)
                .update();
    }

    private DeadLetter deadLetter(ResultSet rs) throws SQLException {
        Map<String, String> headers = new LinkedHashMap<>();
        read(rs.getString("headers"))
                .forEach(h -> headers.put(h.name(), shown(Base64.getDecoder().decode(h.value()))));
        Timestamp retried = rs.getTimestamp("last_retried_at");
        return new DeadLetter(
                rs.getLong("id"),
                rs.getTimestamp("dead_lettered_at").toInstant(),
                DeadLetter.ReasonCategory.of(rs.getString("reason")),
                rs.getString("reason"),
                rs.getString("original_topic"),
                (Integer) rs.getObject("original_partition"),
                (Long) rs.getObject("original_offset"),
                rs.getString("record_key"),
                rs.getString("agreement_id"),
                rs.getString("sequence"),
                rs.getString("event_type"),
                rs.getString("event_id"),
                headers,
                rs.getBytes("value") == null ? null : shown(rs.getBytes("value")),
                DeadLetter.Status.valueOf(rs.getString("status")),
                rs.getInt("retries"),
                retried == null ? null : retried.toInstant());
    }

    private static String reason(ConsumerRecord<?, ?> record) {
        String reason = text(record, ConsumerConfig.REASON_HEADER);
        if (reason == null) {
            reason = text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        }
        return reason == null ? "no reason given" : reason;
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    /** The dead-letter publisher writes original partitions and offsets as big-endian binary numbers. */
    private static Long number(ConsumerRecord<?, ?> record, String name, int size) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value().length != size) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(header.value());
        return size == Integer.BYTES ? buffer.getInt() : buffer.getLong();
    }

    private static String shown(byte[] bytes) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(bytes);
        }
    }

    private String write(List<StoredHeader> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write headers", e);
        }
    }

    private List<StoredHeader> read(String headers) {
        try {
            return json.readValue(headers, HEADER_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored headers", e);
        }
    }
}
