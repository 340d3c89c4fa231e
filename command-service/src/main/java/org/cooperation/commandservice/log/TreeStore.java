package org.cooperation.commandservice.log;

import java.util.List;
import java.util.Optional;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.PublishedCheckpoint;
import org.cooperation.agreement.api.verification.SubtreeHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's tables: its leaves and the hashes of its perfect subtrees. One writer appends (the
 * event-log processor, one thread, its token in the same transaction); anyone reads.
 */
@Repository
public class TreeStore implements SubtreeHashes {

    private final JdbcClient jdbc;

    public TreeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where an event is in the log: its leaf index. */
    public record Entry(long leafIndex, String agreementId, long sequence, String eventId, String hash) {
    }

    public long size() {
        return jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM log_leaf").query(Long.class).single();
    }

    /**
     * Appends an event as the next leaf, and every perfect subtree it completes; an event the log
     * holds already is left as it is (false).
     */
    public boolean append(String agreementId, long sequence, String eventId, String hash) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM log_leaf WHERE event_id = ?)").param(eventId)
                .query(Boolean.class).single()) {
            return false;
        }
        long index = size();
        jdbc.sql("INSERT INTO log_leaf (leaf_index, agreement_id, sequence, event_id, hash) VALUES (?, ?, ?, ?, ?)")
                .params(index, agreementId, sequence, eventId, hash).update();
        byte[] node = MerkleTree.leafHash(Hashes.bytes(hash));
        int level = 0;
        insertNode(level, index, node);
        while (index % 2 == 1) {
            node = MerkleTree.nodeHash(perfect(level, index - 1), node);
            index /= 2;
            level++;
            insertNode(level, index, node);
        }
        return true;
    }

    @Override
    public byte[] perfect(int level, long index) {
        return jdbc.sql("SELECT hash FROM tree_node WHERE level = ? AND node_index = ?")
                .params(level, index).query(byte[].class).optional()
                .orElseThrow(() -> new IllegalStateException("the log has no node " + index + " at level " + level));
    }

    public Optional<Entry> entryOf(String eventId) {
        return jdbc.sql("SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf WHERE event_id = ?")
                .param(eventId).query(Entry.class).optional();
    }

    public Optional<Entry> entryOf(String agreementId, long sequence) {
        return jdbc.sql("""
                        SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE agreement_id = ? AND sequence = ?""")
                .params(agreementId, sequence).query(Entry.class).optional();
    }

    /** The agreement's events among the first {@code treeSize} leaves, oldest first. */
    public List<Entry> entriesOf(String agreementId, long treeSize) {
        return jdbc.sql("""
                        SELECT leaf_index, agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE agreement_id = ? AND leaf_index < ? ORDER BY sequence""")
                .params(agreementId, treeSize).query(Entry.class).list();
    }

    /** The leaves from {@code from} (inclusive) to {@code to} (exclusive), in the log's order. */
    public List<PublishedCheckpoint.Leaf> leaves(long from, long to) {
        return jdbc.sql("""
                        SELECT agreement_id, sequence, event_id, hash FROM log_leaf
                        WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index""")
                .params(from, to).query(PublishedCheckpoint.Leaf.class).list();
    }

    private void insertNode(int level, long index, byte[] hash) {
        jdbc.sql("INSERT INTO tree_node (level, node_index, hash) VALUES (?, ?, ?)").params(level, index, hash).update();
    }
}
