package org.cooperation.faultsuite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads command-service's event store directly: the truth every other view is held to. */
final class EventStore {

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
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, agreementIdPrefix.replace("_", "\\_") + "%");
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store: " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
