package org.cooperation.queryservice.operations.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL's advisory lock, held on a connection of its own for as long as a rebuild runs, so
 * that only one instance sharing the database rebuilds at a time. The lock belongs to the
 * session, and pooled connections outlive their borrowers, so it is released before the
 * connection goes back to the pool.
 */
final class RebuildLock implements AutoCloseable {

    private static final long KEY = 0x7265_6275_696c_64L;

    private final Connection connection;

    private RebuildLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or null when another session holds it. */
    static RebuildLock tryTake(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return new RebuildLock(connection);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
