package org.cooperation.queryservice.projection.readmodel;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema that holds one complete set of read-model tables: the live one, or the fresh one a
 * rebuild fills before it takes the live one's place. Statements name tables as
 * {@code {agreement}}, and {@link #sql} qualifies them with this schema.
 */
public record ReadModelTables(String schema) {

    /**
     * Every table derived from the event topic alone, and so rebuilt and swapped together.
     * Operational tables (dead letters, Flyway's history) are not among them.
     */
    public static final List<String> NAMES = List.of(
            "agreement", "agreement_event", "agreement_link", "held_event", "agreement_deadline", "agreement_timeline");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ReadModelTables {
        // Schema names are spliced into SQL, so only plain lower-case identifiers are accepted.
        if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
    }

    /** The statement with each {@code {table}} placeholder replaced by this schema's table. */
    public String sql(String statement) {
        String qualified = statement;
        for (String name : NAMES) {
            qualified = qualified.replace("{" + name + "}", schema + "." + name);
        }
        return qualified;
    }
}
