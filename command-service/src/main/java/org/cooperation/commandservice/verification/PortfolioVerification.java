package org.cooperation.commandservice.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.TreeFrontier;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.commandservice.log.CheckpointStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole record verified, as an operator's job in the background, its result kept in
 * {@code verification_run}: the latest checkpoint's signature; that the log's leaves, all of them,
 * make its signed root (one pass, O(log n) memory); and every agreement's history against its chain
 * and against those leaves, including agreements the log holds and the store no longer does.
 */
@Component
public class PortfolioVerification {

    private static final Logger log = LoggerFactory.getLogger(PortfolioVerification.class);

    /** One finding of a run; {@code agreementId} null for the log itself. */
    public record Finding(String agreementId, Long firstInvalidSequence, String reason) {}

    /** A run: when, over which tree, how much it read, and what it found (null while it runs). */
    public record Run(
            long id,
            Instant startedAt,
            Instant finishedAt,
            Long treeSize,
            Long agreements,
            Long events,
            Boolean valid,
            List<Finding> findings) {}

    private final JdbcClient jdbc;
    private final HistoryVerifier verifier;
    private final CheckpointStore checkpoints;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "portfolio-verification"));
    private final AtomicBoolean running = new AtomicBoolean();

    public PortfolioVerification(
            JdbcClient jdbc, HistoryVerifier verifier, CheckpointStore checkpoints, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.json = json;
        this.clock = clock;
    }

    /** Starts a run in the background; empty when one is running already in this instance. */
    public Optional<Long> start() {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        long id = jdbc.sql("INSERT INTO verification_run (started_at) VALUES (?) RETURNING id")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class)
                .single();
        worker.execute(() -> {
            try {
                run(id);
            } catch (RuntimeException e) {
                log.error("portfolio verification {} failed", id, e);
                finish(id, null, 0, 0, List.of(new Finding(null, null, "the verification could not finish: " + e)));
            } finally {
                running.set(false);
            }
        });
        return Optional.of(id);
    }

    public Optional<Run> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::runOf).optional();
    }

    public Optional<Run> latest() {
        return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT 1")
                .query(this::runOf)
                .optional();
    }

    private void run(long id) {
        List<Finding> findings = new ArrayList<>();
        Optional<Checkpoint> latest = checkpoints.latest();
        long events = 0;
        List<String> agreements = jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        UNION SELECT agreement_id FROM log_leaf ORDER BY 1""").query(String.class).list();
        if (latest.isEmpty()) {
            findings.add(new Finding(null, null, "no checkpoint has been signed yet: only the chains were verified"));
        } else {
            Verdict signature = verifier.signature(latest.get());
            if (!signature.valid()) {
                findings.add(new Finding(null, null, signature.reason()));
            }
            leavesMakeTheSignedRoot(latest.get()).ifPresent(findings::add);
        }
        for (String agreementId : agreements) {
            Optional<Verdict> verdict = latest.isPresent()
                    ? verifier.verifyAgainstLeaves(agreementId, latest.get())
                    : verifier.verify(agreementId);
            verdict.filter(v -> !v.valid())
                    .ifPresent(v -> findings.add(new Finding(agreementId, v.firstInvalidSequence(), v.reason())));
        }
        events = jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
        finish(id, latest.map(Checkpoint::treeSize).orElse(null), agreements.size(), events, findings);
    }

    private Optional<Finding> leavesMakeTheSignedRoot(Checkpoint checkpoint) {
        TreeFrontier frontier = new TreeFrontier();
        jdbc.sql("SELECT hash FROM log_leaf WHERE leaf_index < ? ORDER BY leaf_index")
                .param(checkpoint.treeSize())
                .query((RowCallbackHandler)
                        rs -> frontier.appendLeafHash(MerkleTree.leafHash(Hashes.bytes(rs.getString(1)))));
        if (frontier.size() != checkpoint.treeSize()) {
            return Optional.of(new Finding(
                    null,
                    null,
                    "the log holds " + frontier.size() + " of the " + checkpoint.treeSize()
                            + " events of its latest checkpoint"));
        }
        if (!Hashes.hex(frontier.root()).equals(checkpoint.rootHash())) {
            return Optional.of(new Finding(
                    null,
                    null,
                    "the log's leaves do not make the root of the checkpoint of " + "tree size " + checkpoint.treeSize()
                            + ": the log was changed after it was signed"));
        }
        return Optional.empty();
    }

    private void finish(long id, Long treeSize, long agreements, long events, List<Finding> findings) {
        try {
            jdbc.sql("""
                            UPDATE verification_run SET finished_at = ?, tree_size = ?, agreements = ?, events = ?,
                                                        valid = ?, findings = CAST(? AS jsonb)
                            WHERE id = ?""")
                    .params(
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                            treeSize,
                            agreements,
                            events,
                            findings.isEmpty(),
                            json.writeValueAsString(findings),
                            id)
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String COLUMNS = """
            SELECT id, started_at, finished_at, tree_size, agreements, events, valid, findings::text
            FROM verification_run""";

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private Run runOf(ResultSet rs, int row) throws SQLException {
        try {
            String findings = rs.getString(8);
            return new Run(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    instant(rs.getObject(3, OffsetDateTime.class)),
                    rs.getObject(4, Long.class),
                    rs.getObject(5, Long.class),
                    rs.getObject(6, Long.class),
                    rs.getObject(7, Boolean.class),
                    findings == null ? null : List.of(json.readValue(findings, Finding[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
