package org.cooperation.queryservice.operations.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;

/**
 * The keys and indexes of a fresh history table, taken off for a bulk load and made again after
 * it: PostgreSQL builds an index from a million rows several times faster than it keeps one up to
 * date through a million inserts. They are read from the catalog, as the migrations made them, so
 * that they come back under the same names and definitions.
 */
final class HistoryKeys {

    private final List<String> drops = new ArrayList<>();
    private final List<String> makes = new ArrayList<>();

    private HistoryKeys() {}

    /** The keys and indexes of {@code tables}' history table as they are now. */
    static HistoryKeys of(Connection connection, ReadModelTables tables) throws SQLException {
        HistoryKeys keys = new HistoryKeys();
        String table = tables.sql("{agreement_event}");
        List<String> constraintIndexes = new ArrayList<>();
        try (PreparedStatement constraints = connection.prepareStatement("""
                SELECT conname, pg_get_constraintdef(oid), conindid::regclass::text FROM pg_constraint
                WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u')
                ORDER BY contype, conname
                """)) {
            constraints.setString(1, table);
            try (ResultSet rows = constraints.executeQuery()) {
                while (rows.next()) {
                    keys.drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(rows.getString(1)));
                    keys.makes.add("ALTER TABLE " + table + " ADD CONSTRAINT " + quoted(rows.getString(1)) + " "
                            + rows.getString(2));
                    constraintIndexes.add(rows.getString(3));
                }
            }
        }
        try (PreparedStatement indexes = connection.prepareStatement("""
                SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                WHERE indrelid = CAST(? AS regclass) ORDER BY indexrelid
                """)) {
            indexes.setString(1, table);
            try (ResultSet rows = indexes.executeQuery()) {
                while (rows.next()) {
                    if (!constraintIndexes.contains(rows.getString(1))) {
                        keys.drops.add("DROP INDEX " + rows.getString(1));
                        keys.makes.add(rows.getString(2));
                    }
                }
            }
        }
        return keys;
    }

    void drop(Connection connection) throws SQLException {
        execute(connection, drops);
    }

    /**
     * Makes them again; fails with SQL state {@code 23505} when the rows break a unique key, such
     * as one event id under two sequences.
     */
    void make(Connection connection) throws SQLException {
        execute(connection, makes);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
