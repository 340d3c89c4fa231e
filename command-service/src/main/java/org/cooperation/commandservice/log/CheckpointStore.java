package org.cooperation.commandservice.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checkpoints signed so far, and the public keys that signed them. */
@Repository
public class CheckpointStore {

    private static final String COLUMNS = "SELECT tree_size, root_hash, signed_at, key_id, signature FROM checkpoint ";

    private final JdbcClient jdbc;

    public CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key that signed checkpoints, as published: its id, algorithm, base64 X.509 public key and first use. */
    public record PublicKeyEntry(String keyId, String algorithm, String publicKey, Instant firstUsed) {}

    public Optional<Checkpoint> latest() {
        return jdbc.sql(COLUMNS + "ORDER BY tree_size DESC LIMIT 1")
                .query(CheckpointStore::checkpoint)
                .optional();
    }

    public Optional<Checkpoint> ofSize(long treeSize) {
        return jdbc.sql(COLUMNS + "WHERE tree_size = ?")
                .param(treeSize)
                .query(CheckpointStore::checkpoint)
                .optional();
    }

    public List<Checkpoint> unpublished() {
        return jdbc.sql(COLUMNS + "WHERE NOT published ORDER BY tree_size")
                .query(CheckpointStore::checkpoint)
                .list();
    }

    /** The size of the checkpoint before the one of {@code treeSize}; 0 for the first. */
    public long sizeBefore(long treeSize) {
        return jdbc.sql("SELECT coalesce(max(tree_size), 0) FROM checkpoint WHERE tree_size < ?")
                .param(treeSize)
                .query(Long.class)
                .single();
    }

    public void add(Checkpoint checkpoint, CheckpointKey key) {
        jdbc.sql("""
                        INSERT INTO checkpoint_key (key_id, algorithm, public_key, first_used) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(
                        key.keyId(),
                        CheckpointKey.ALGORITHM,
                        CheckpointKey.text(key.publicKey()),
                        OffsetDateTime.ofInstant(checkpoint.signedAt(), java.time.ZoneOffset.UTC))
                .update();
        jdbc.sql("INSERT INTO checkpoint (tree_size, root_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")
                .params(
                        checkpoint.treeSize(),
                        checkpoint.rootHash(),
                        OffsetDateTime.ofInstant(checkpoint.signedAt(), java.time.ZoneOffset.UTC),
                        checkpoint.keyId(),
                        checkpoint.signature())
                .update();
    }

    public void markPublished(long treeSize) {
        jdbc.sql("UPDATE checkpoint SET published = TRUE WHERE tree_size = ?")
                .param(treeSize)
                .update();
    }

    public List<PublicKeyEntry> keys() {
        return jdbc.sql("SELECT key_id, algorithm, public_key, first_used FROM checkpoint_key ORDER BY first_used")
                .query((rs, row) -> new PublicKeyEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(
                rs.getLong(1),
                rs.getString(2).trim(),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4),
                rs.getString(5));
    }
}
