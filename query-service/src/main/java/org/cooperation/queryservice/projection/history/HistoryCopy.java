package org.cooperation.queryservice.projection.history;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.SQLException;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.readmodel.StoredDates;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes history rows through PostgreSQL's {@code COPY ... FROM STDIN}, for a bulk load into
 * tables nobody else writes: rows stream to the server while the caller reads the next ones, with
 * no statement per row or per batch. The rows are not checked against the table's keys here; the
 * caller makes the keys after the load, which refuses a duplicate.
 *
 * <p>{@code FREEZE} writes the rows as already visible to everyone, so that the first reads do
 * not rewrite every page to mark them so; PostgreSQL allows it because the table is emptied in
 * the same transaction.
 */
public final class HistoryCopy implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final CopyIn copy;
    private byte[] buffer = new byte[BUFFER];
    private int length;
    private long rows;

    /** Empties the history table and starts the copy, in the connection's transaction, which the caller commits. */
    public HistoryCopy(Connection connection, ReadModelTables tables) throws SQLException {
        try (var truncate = connection.createStatement()) {
            truncate.execute(tables.sql("TRUNCATE {agreement_event}"));
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(tables.sql("""
                COPY {agreement_event} (event_id, agreement_id, sequence, type, business_date, recorded_at, principal,
                                        client, correlation_id, reason, payload, hash, previous_hash)
                FROM STDIN (FREEZE)
                """));
    }

    public void add(String agreementId, HistoryEntry entry) throws SQLException {
        text(entry.eventId());
        tab();
        text(agreementId);
        tab();
        ascii(Long.toString(entry.sequence()));
        tab();
        text(entry.type());
        tab();
        text(StoredDates.text(entry.businessDate()));
        tab();
        ascii(entry.recordedAt().toString());
        tab();
        text(entry.principal());
        tab();
        text(entry.client());
        tab();
        text(entry.correlationId());
        tab();
        text(entry.reason());
        tab();
        text(entry.payload());
        tab();
        text(entry.hash());
        tab();
        text(entry.previousHash());
        put((byte) '\n');
        rows++;
    }

    /** Sends what is left and ends the copy; the rows count once the caller commits. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void tab() throws SQLException {
        put((byte) '\t');
    }

    /** A value in COPY's text format: {@code \N} for null, and the four characters with a meaning escaped. */
    private void text(String value) throws SQLException {
        if (value == null) {
            ascii("\\N");
            return;
        }
        // Room for the worst case first (three bytes a character), so that the loop below never checks.
        room(3 * value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Multi-byte UTF-8 never contains the bytes of the ASCII characters escaped below.
                int end = i + 1;
                while (end < value.length() && value.charAt(end) >= 0x80) {
                    end++;
                }
                byte[] encoded = value.substring(i, end).getBytes(UTF_8);
                System.arraycopy(encoded, 0, buffer, length, encoded.length);
                length += encoded.length;
                i = end;
                continue;
            }
            switch (c) {
                case '\\' -> escaped('\\');
                case '\n' -> escaped('n');
                case '\r' -> escaped('r');
                case '\t' -> escaped('t');
                default -> buffer[length++] = (byte) c;
            }
            i++;
        }
    }

    private void escaped(char c) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) c;
    }

    private void ascii(String value) throws SQLException {
        room(value.length());
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
    }

    private void put(byte b) throws SQLException {
        room(1);
        buffer[length++] = b;
    }

    /** Sends what the buffer holds unless it has this many bytes left; a larger value gets a larger buffer. */
    private void room(int bytes) throws SQLException {
        if (length + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                buffer = new byte[bytes];
            }
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
