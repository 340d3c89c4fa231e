package org.cooperation.queryservice.reading.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.readmodel.PlannedReads;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages of an agreement's history as the JSON of {@link HistoryController.HistoryPage}, written in
 * one pass over the rows. An auditor's tool reads histories of thousands of events a page of up to
 * a thousand at a time, so each page goes from the driver's bytes to the answer's bytes: every
 * payload as stored, without being decoded into a String and encoded again, and the other values
 * with the JSON escaping of the web layer's generator, absent ones left out as everywhere in the
 * API. The JSON is the same, byte for byte, as that of the documented page of {@link HistoryEntry}.
 */
@Component
public class HistoryPages {

    /** A page's JSON, UTF-8, and how many events it holds; {@link HistoryPageWriter} sends it. */
    public static final class Page {

        private final JsonBytes json;
        private final int events;
        private final Long nextAfter;

        private Page(JsonBytes json, int events, Long nextAfter) {
            this.json = json;
            this.events = events;
            this.nextAfter = nextAfter;
        }

        public int events() {
            return events;
        }

        /** The {@code after} of the next page, null when this page is the last. */
        public Long nextAfter() {
            return nextAfter;
        }

        /** The JSON's length in bytes. */
        public long size() {
            return json.size();
        }

        public void writeTo(OutputStream out) throws IOException {
            json.writeTo(out);
        }
    }

    /** An agreement's events, less those a party-confined reader may not see (links to others' agreements). */
    private static final String SEEN_BY = """
            WHERE e.agreement_id = :id
              AND (CAST(:party AS text) IS NULL OR e.sequence NOT IN (
                    SELECT l.sequence FROM {agreement_link} l
                    WHERE l.agreement_id = :id AND NOT EXISTS (
                        SELECT 1 FROM {agreement} a
                        WHERE a.agreement_id = l.related_agreement_id AND :party = ANY (a.party_codes))))
            """;

    private static final byte[] AGREEMENT_ID = ascii("{\"agreementId\":\"");
    private static final byte[] EVENTS = ascii("\",\"events\":[");
    private static final byte[] SEQUENCE = ascii("{\"sequence\":");
    private static final byte[] EVENT_ID = ascii(",\"eventId\":\"");
    private static final byte[] TYPE = ascii(",\"type\":\"");
    private static final byte[] BUSINESS_DATE = ascii(",\"businessDate\":\"");
    private static final byte[] RECORDED_AT = ascii(",\"recordedAt\":\"");
    private static final byte[] PRINCIPAL = ascii(",\"principal\":\"");
    private static final byte[] CLIENT = ascii(",\"client\":\"");
    private static final byte[] CORRELATION_ID = ascii(",\"correlationId\":\"");
    private static final byte[] REASON = ascii(",\"reason\":\"");
    private static final byte[] RETRACTED_BY = ascii(",\"retractedBy\":{\"sequence\":");
    private static final byte[] RETRACTION_RECORDED_AT = ascii(",\"recordedAt\":\"");
    private static final byte[] PAYLOAD = ascii(",\"payload\":");
    private static final byte[] HASH = ascii(",\"hash\":\"");
    private static final byte[] PREVIOUS_HASH = ascii(",\"previousHash\":\"");
    private static final byte[] NEXT_AFTER = ascii("],\"nextAfter\":");
    private static final byte[] END_OF_EVENTS = ascii("]");
    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte END_OF_OBJECT = '}';
    /** A page is read in the key's order (see {@link #find}). */
    private static final PlannedReads.Plan PLAN = PlannedReads.Plan.IN_INDEX_ORDER;
    /** The page's text is kept in chunks of this size (see {@link JsonBytes}). */
    private static final int CHUNK_SIZE = 64 * 1024;

    private final JdbcClient jdbc;
    private final ReadModelTables tables;
    private final PlannedReads plannedReads;
    private final CurrentStateRepository current;

    public HistoryPages(
            JdbcTemplate jdbc, ReadModelTables tables, PlannedReads plannedReads, CurrentStateRepository current) {
        this.jdbc = JdbcClient.create(jdbc);
        this.tables = tables;
        this.plannedReads = plannedReads;
        this.current = current;
    }

    /**
     * Every event the record held at {@code recordedBy} (null: now), oldest first, as {@code reader}
     * may see it (as {@link #find} leaves events out), handed to {@code sink} one at a time, so that
     * a history of any length is written out without being held in memory.
     */
    public void forEach(
            String agreementId, Instant recordedBy, Optional<PartyCode> reader, Consumer<HistoryEntry> sink) {
        jdbc.sql(tables.sql(HistoryRepository.COLUMNS + SEEN_BY + """
                          AND (CAST(:recordedBy AS timestamptz) IS NULL OR e.recorded_at <= :recordedBy)
                        ORDER BY e.sequence
                        """))
                .param("id", agreementId)
                .param("party", reader.map(PartyCode::value).orElse(null))
                .param("recordedBy", recordedBy == null ? null : Timestamp.from(recordedBy))
                .query((RowCallbackHandler)
                        rows -> sink.accept(HistoryRepository.entry(rows).asRecordedBy(recordedBy)));
    }

    /**
     * Up to {@code limit} events after {@code afterSequence}, oldest first; the page names the
     * sequence to ask after for the next page when there is one. For a {@code reader} confined to
     * a party, the events that link to an agreement that party is not a party to are left out
     * (their sequence numbers are skipped), so that the page names no agreement the reader could
     * not read itself.
     *
     * <p>The page is read in the order of the key on (agreement, sequence) and stops after it. Left to
     * its estimates, PostgreSQL takes an agreement to have as many events as the average one, so for a
     * long history it fetched every event after the cursor and sorted them to keep a page: each page
     * cost what was left of the history (60 ms against 3.9 ms for a page in the middle of 10,000 events,
     * EXPLAIN ANALYZE in docs/performance.md). Without a sort to choose, the key's order is the one plan.
     */
    public Page find(String agreementId, long afterSequence, int limit, Optional<PartyCode> reader) {
        return plannedReads.read(PLAN, () -> query(agreementId, afterSequence, limit, reader));
    }

    /**
     * As {@link #find} for a reader not confined to a party, with the agreement's version read just
     * before the page. Every change to an agreement's history commits with a new version of it, so the
     * page shows that version's history or a later one; while the agreement's version is still that
     * one, the page is the one {@link #find} would give. Empty when there is no such agreement.
     */
    Optional<Stamped> findStamped(String agreementId, long afterSequence, int limit) {
        return plannedReads.read(PLAN, () -> {
            OptionalLong version = current.version(agreementId);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    new Stamped(version.getAsLong(), query(agreementId, afterSequence, limit, Optional.empty())));
        });
    }

    /** A page, and the version of its agreement read just before it. */
    record Stamped(long version, Page page) {}

    private Page query(String agreementId, long afterSequence, int limit, Optional<PartyCode> reader) {
        return jdbc.sql(tables.sql(HistoryRepository.COLUMNS + SEEN_BY + """
                      AND e.sequence > :after
                    ORDER BY e.sequence LIMIT :limit
                    """))
                .param("id", agreementId)
                .param("after", afterSequence)
                .param("party", reader.map(PartyCode::value).orElse(null))
                // One more than asked tells whether another page follows, without a count.
                .param("limit", limit + 1)
                .query((ResultSet rows) -> write(agreementId, rows, limit));
    }

    private static Page write(String agreementId, ResultSet rows, int limit) throws SQLException {
        JsonBytes json = new JsonBytes(CHUNK_SIZE);
        json.put(AGREEMENT_ID).string(agreementId).put(EVENTS);
        int events = 0;
        long last = -1;
        boolean more = false;
        while (rows.next()) {
            if (events == limit) {
                more = true;
                break;
            }
            if (events > 0) {
                json.put(COMMA);
            }
            last = rows.getLong(1);
            json.put(SEQUENCE).number(last);
            // Text columns as the driver's UTF-8 bytes (see JsonBytes.utf8).
            utf8(json, EVENT_ID, rows.getBytes(2));
            utf8(json, TYPE, rows.getBytes(3));
            LocalDate businessDate = rows.getObject(4, LocalDate.class);
            text(json, BUSINESS_DATE, businessDate == null ? null : businessDate.toString());
            json.put(RECORDED_AT)
                    .instant(rows.getObject(5, OffsetDateTime.class))
                    .put(QUOTE);
            utf8(json, PRINCIPAL, rows.getBytes(6));
            utf8(json, CLIENT, rows.getBytes(7));
            utf8(json, CORRELATION_ID, rows.getBytes(8));
            utf8(json, REASON, rows.getBytes(9));
            HistoryEntry.Retraction retraction = HistoryRepository.retraction(rows);
            if (retraction != null) {
                json.put(RETRACTED_BY).number(retraction.sequence());
                text(json, RETRACTION_RECORDED_AT, retraction.recordedAt().toString());
                text(json, PRINCIPAL, retraction.principal());
                text(json, REASON, retraction.reason());
                json.put(END_OF_OBJECT);
            }
            // The column's text as the server sent it, UTF-8: JSON already, written as it is.
            json.put(PAYLOAD).put(rows.getBytes(14));
            utf8(json, HASH, rows.getBytes(15));
            utf8(json, PREVIOUS_HASH, rows.getBytes(16));
            json.put(END_OF_OBJECT);
            events++;
        }
        if (more) {
            json.put(NEXT_AFTER).number(last);
        } else {
            json.put(END_OF_EVENTS);
        }
        json.put(END_OF_OBJECT);
        return new Page(json, events, more ? last : null);
    }

    /** A string property given as UTF-8 from the database, left out when the value is absent. */
    private static void utf8(JsonBytes json, byte[] name, byte[] value) {
        if (value != null) {
            json.put(name).utf8(value).put(QUOTE);
        }
    }

    /** A string property, left out when the value is absent. */
    private static void text(JsonBytes json, byte[] name, String value) {
        if (value != null) {
            json.put(name).string(value).put(QUOTE);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(UTF_8);
    }
}
