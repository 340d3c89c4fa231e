package org.cooperation.commandservice.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publisher's segments as the token store holds them, whichever instance claims them: who
 * holds each, since when, and how far into the event store it has published.
 */
@Repository
class PublisherSegments {

    /** One segment's row; {@code position} is the global index published up to, null when unknown. */
    record Segment(int segment, String owner, Instant claimedAt, Long position) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    PublisherSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Segment> all() {
        return jdbc.sql("""
                        SELECT segment, owner, timestamp, token FROM tokenentry
                        WHERE processorname = ? ORDER BY segment""")
                .param(KafkaPublisher.PROCESSING_GROUP)
                .query((row, n) -> new Segment(
                        row.getInt("segment"),
                        row.getString("owner"),
                        Instant.parse(row.getString("timestamp")),
                        position(row.getBytes("token"))))
                .list();
    }

    /** The global index of the newest stored event; -1 when there is none. */
    long head() {
        return jdbc.sql("SELECT coalesce(max(globalindex), -1) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    /**
     * The token is Axon's JSON: a gap-aware token {@code {"index": N, "gaps": [...]}}, or, during a
     * replay, a replay token that holds one as {@code currentToken}.
     */
    private static Long position(byte[] token) {
        if (token == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(token);
            JsonNode current = node.has("currentToken") ? node.get("currentToken") : node;
            return current != null && current.has("index")
                    ? current.get("index").asLong()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
