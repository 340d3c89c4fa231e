package org.cooperation.faultsuite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * Reads command-service's event store directly: the truth every other view is held to. Writes to
 * it only what a command side wrote once, for faults that no command can cause any more.
 */
final class EventStore {

    /** How Axon's JDBC storage engine writes an event's timestamp. */
    private static final DateTimeFormatter AXON_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String url;
    private final String user;
    private final String password;

    EventStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The events of agreements whose id starts with the prefix, in order of agreement and sequence. */
    List<StoredEvent> events(String agreementIdPrefix) {
        String sql = """
                SELECT aggregateidentifier, sequencenumber, payloadtype,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId'
                  FROM command.domainevententry
                 WHERE aggregateidentifier LIKE ?
                 ORDER BY aggregateidentifier, sequencenumber""";
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, agreementIdPrefix.replace("_", "\\_") + "%");
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(
                            new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store: " + e.getMessage(), e);
        }
    }

    /**
     * Stores an event in its agreement's next sequence exactly as the command side's write path
     * would: the wire JSON as payload, the class and published version as type and revision, the
     * agreement's last metadata with {@code correlationId} set to the key, Axon's timestamp format.
     * The publisher cannot tell it from an event of a command.
     */
    void appendAsAccepted(AgreementEvent event, String key) {
        String sql = """
                INSERT INTO command.domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                       metadata, payload, payloadrevision, payloadtype, timestamp)
                SELECT aggregateidentifier, sequencenumber + 1, type, ?,
                       convert_to(jsonb_set(convert_from(metadata, 'UTF8')::jsonb, ?::text[], to_jsonb(?::text))::text,
                                  'UTF8'),
                       ?, ?, ?, ?
                  FROM command.domainevententry
                 WHERE aggregateidentifier = ?
                 ORDER BY sequencenumber DESC
                 LIMIT 1""";
        String agreementId = event.agreementId().value();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, "{" + AuditMetadata.CORRELATION_ID + "}");
            statement.setString(3, key);
            statement.setBytes(4, EventJson.write(event));
            statement.setString(5, String.valueOf(EventTypes.version(event.getClass())));
            statement.setString(6, event.getClass().getName());
            statement.setString(7, AXON_TIMESTAMP.format(Instant.now()));
            statement.setString(8, agreementId);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException(agreementId + " has no event to follow");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not append to " + agreementId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Who holds each segment of command-service's publisher (a tracking processor whose claims live
     * in {@code command.tokenentry}): the owner is Axon's node id, the JVM's {@code pid@host}; null
     * when the segment is released.
     */
    Map<Integer, String> publisherClaims() {
        String sql = "SELECT segment, owner FROM command.tokenentry WHERE processorname = 'kafka-publisher'";
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            Map<Integer, String> claims = new TreeMap<>();
            while (rows.next()) {
                claims.put(rows.getInt(1), rows.getString(2));
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the publisher's claims: " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
