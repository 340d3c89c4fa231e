package org.cooperation.commandservice.log;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.PublishedCheckpoint;
import org.cooperation.agreement.api.verification.SubtreeHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's tables: its leaves and the hashes of its perfect subtrees. One writer appends (the
 * event-log processor, one thread, its token in the same transaction); anyone reads.
 */
@Repository
public class TreeStore implements SubtreeHashes {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public TreeStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Where an event is in the log: its leaf index. */
    public record Entry(long leafIndex, String agreementId, long sequence, String eventId, String hash) {}

    public long size() {
        return jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM log_leaf")
                .query(Long.class)
                .single();
    }

    /** An event to append: which one, and its chain hash. */
    public record Leaf(String agreementId, long sequence, String eventId, String hash) {}

    /**
     * Appends the events, in this order, as the next leaves, with every perfect subtree they
     * complete: one lookup of what the log holds already (those are left as they are), one of its
     * size, one of its right edge, then two batched inserts — whatever the number of events.
     */
    public void appendAll(List<Leaf> leaves) {
        if (leaves.isEmpty()) {
            return;
        }
        Set<String> logged = new HashSet<>(jdbc.sql("SELECT event_id FROM log_leaf WHERE event_id = ANY (?)")
                .param(leaves.stream().map(Leaf::eventId).toArray(String[]::new))
                .query(String.class)
                .list());
        long size = size();
        Map<Integer, byte[]> pendingLeft = rightEdge(size);
        List<Object[]> leafRows = new ArrayList<>();
        List<Object[]> nodeRows = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (!logged.add(leaf.eventId())) {
                continue;
            }
            long index = size++;
            leafRows.add(new Object[] {index, leaf.agreementId(), leaf.sequence(), leaf.eventId(), leaf.hash()});
            byte[] node = MerkleTree.leafHash(Hashes.bytes(leaf.hash()));
            int level = 0;
            nodeRows.add(new Object[] {level, index, node});
            while (index % 2 == 1) {
                node = MerkleTree.nodeHash(pendingLeft.remove(level), node);
                index /= 2;
                level++;
                nodeRows.add(new Object[] {level, index, node});
            }
            pendingLeft.put(level, node);
        }
        batches.batchUpdate(
                "INSERT INTO log_leaf (leaf_index, agreement_id, sequence, event_id, hash) VALUES (?, ?, ?, ?, ?)",
                leafRows);
        batches.batchUpdate("INSERT INTO tree_node (level, node_index, hash) VALUES (?, ?, ?)", nodeRows);
    }

    /**
     * The perfect subtrees on the right edge of the tree of {@code size} leaves, by level: each waits
     * for its right sibling (one for every bit of the size), as the next leaves complete them.
     */
    private Map<Integer, byte[]> rightEdge(long size) {
        List<String> levels = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (int level = 0; level < Long.SIZE - 1; level++) {
            if ((size >> level & 1) == 1) {
                levels.add(Integer.toString(level));
                indexes.add(Long.toString((size >> level) - 1));
            }
        }
        Map<Integer, byte[]> edge = new HashMap<>();
        jdbc.sql("""
                        SELECT level, hash FROM tree_node
                        WHERE (level, node_index) IN (SELECT * FROM unnest(CAST(? AS smallint[]), CAST(? AS bigint[])))""")
                .params(levels.toArray(String[]::new), indexes.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    edge.put(rs.getInt(1), rs.getBytes(2));
                });
        if (edge.size() != levels.size()) {
            throw new IllegalStateException("the log of " + size + " events lacks nodes of its right edge");
        }
        return edge;
    }

    @Override
    public byte[] perfect(int level, long index) {
        return jdbc.sql("SELECT hash FROM tree_node WHERE level = ? AND node_index = ?")
                .params(level, index)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("the log has no node " + index + " at level " + level));
    }

    public Optional<Entry> entryOf(String eventId) {
        return jdbc.sql("SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf WHERE event_id = ?")
                .param(eventId)
                .query(Entry.class)
                .optional();
    }

    public Optional<Entry> entryOf(String agreementId, long sequence) {
        return jdbc.sql("""
                        SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE agreement_id = ? AND sequence = ?""").params(agreementId, sequence).query(Entry.class).optional();
    }

    /** The agreement's events among the first {@code treeSize} leaves, oldest first. */
    public List<Entry> entriesOf(String agreementId, long treeSize) {
        return jdbc.sql("""
                        SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE agreement_id = ? AND leaf_index < ? ORDER BY sequence""").params(agreementId, treeSize).query(Entry.class).list();
    }

    /** The leaves from {@code from} (inclusive) to {@code to} (exclusive), in the log's order. */
    public List<PublishedCheckpoint.Leaf> leaves(long from, long to) {
        return jdbc.sql("""
                        SELECT agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index""")
                .params(from, to)
                .query(PublishedCheckpoint.Leaf.class)
                .list();
    }
}
