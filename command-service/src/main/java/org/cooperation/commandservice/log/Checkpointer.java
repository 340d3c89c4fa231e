package org.cooperation.commandservice.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.PublishedCheckpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the log when they are due — every {@code every-events} events, and whatever
 * the log added once {@code every} has passed — stores them, and publishes each on
 * {@link Topics#CHECKPOINTS} with the events it adds, in order, marking it published once the
 * broker acknowledged it. Instances of the service take turns through a PostgreSQL advisory lock.
 */
@Component
public class Checkpointer {

    /** The advisory lock of the checkpointer: one instance signs and publishes at a time. */
    private static final long LOCK = 0x636b7074L;

    private static final String KEY = "log";
    private static final long ACK_SECONDS = 30;

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private final CheckpointSettings settings;
    private final CheckpointKey key;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    public Checkpointer(
            TreeStore tree,
            CheckpointStore checkpoints,
            CheckpointSettings settings,
            CheckpointKey key,
            KafkaTemplate<String, byte[]> kafka,
            TransactionTemplate transaction,
            JdbcClient jdbc,
            Clock clock) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.key = key;
        this.kafka = kafka;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${agreements.checkpoints.look-interval:PT1S}")
    public void signAndPublish() {
        transaction.executeWithoutResult(status -> {
            if (locked()) {
                signDue();
            }
        });
        for (Checkpoint checkpoint : checkpoints.unpublished()) {
            transaction.executeWithoutResult(status -> {
                if (locked()) {
                    publish(checkpoint);
                }
            });
        }
    }

    /**
     * Signs a checkpoint of the whole log now, unless the latest covers it already (then that one);
     * waits for another instance's turn to end. Empty only while the log is empty.
     */
    public Optional<Checkpoint> signNow() {
        return transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
            long size = tree.size();
            long last = checkpoints.latest().map(Checkpoint::treeSize).orElse(0L);
            return size > last ? Optional.of(sign(size)) : checkpoints.latest();
        });
    }

    private void signDue() {
        long size = tree.size();
        Optional<Checkpoint> latest = checkpoints.latest();
        long last = latest.map(Checkpoint::treeSize).orElse(0L);
        while (size - last >= settings.everyEvents()) {
            last = sign(last + settings.everyEvents()).treeSize();
        }
        Instant lastSigned = checkpoints.latest().map(Checkpoint::signedAt).orElse(Instant.EPOCH);
        if (size > last
                && !Duration.between(lastSigned, clock.instant())
                        .minus(settings.every())
                        .isNegative()) {
            sign(size);
        }
    }

    private Checkpoint sign(long treeSize) {
        Checkpoint checkpoint = Checkpoint.sign(treeSize, MerkleTree.root(tree, treeSize), clock.instant(), key);
        checkpoints.add(checkpoint, key);
        return checkpoint;
    }

    private void publish(Checkpoint checkpoint) {
        long previous = checkpoints.sizeBefore(checkpoint.treeSize());
        PublishedCheckpoint record =
                new PublishedCheckpoint(checkpoint, previous, tree.leaves(previous, checkpoint.treeSize()));
        try {
            kafka.send(Topics.CHECKPOINTS, KEY, record.json()).get(ACK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing checkpoint " + checkpoint.treeSize(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge checkpoint " + checkpoint.treeSize(), e);
        }
        checkpoints.markPublished(checkpoint.treeSize());
    }

    private boolean locked() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single();
    }
}
