package org.cooperation.agreement.api.verification;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A partner's own verification of what it reads, without trusting the command side: feed it every
 * record of the events topic ({@link #event}) and of the checkpoints topic ({@link #checkpoint}), in
 * the order each topic gives them, then {@link #finish}. It checks
 *
 * <ul>
 *   <li>every event: its hash recomputes from the record, it names its predecessor's hash, no
 *       sequence is skipped within a pass over the agreement (a replay starts a new pass), and an
 *       event sent again (redelivery, replay) carries the hash it had the first time — so a history
 *       rewritten and republished, even with every hash recomputed, is named at its first rewritten
 *       event;</li>
 *   <li>every checkpoint: signed by a key the partner trusts, continuing the tree where the previous
 *       one ended, listing events exactly as the events topic carried them, its leaves making its
 *       signed root; and the tree agreeing with the checkpoint the partner trusted before (its root
 *       at that size is the trusted root): a witness.</li>
 * </ul>
 */
public final class Witness {

    /** What is wrong, and where: an event ({@code agreementId}, {@code sequence}) or a checkpoint ({@code treeSize}). */
    public record Problem(String agreementId, Long sequence, Long treeSize, String reason) {}

    /** The outcome: valid when nothing is wrong; the latest checkpoint verified, to trust from now on. */
    public record Report(long events, long checkpoints, Checkpoint latestVerified, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final int MOST_PROBLEMS = 100;

    private final Map<String, PublicKey> keys;
    private final Checkpoint trusted;
    /** Per agreement, the hash of each of its events as first seen. */
    private final Map<String, List<String>> hashes = new HashMap<>();
    /** Per agreement, the sequence of the last record seen, for the gaps within a pass. */
    private final Map<String, Long> lastSeen = new HashMap<>();

    private final TreeFrontier tree = new TreeFrontier();
    /** The root of every checkpoint verified, by tree size. */
    private final Map<Long, String> roots = new HashMap<>();

    private final List<PendingLeaf> pending = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private long events;
    private long checkpoints;
    private Checkpoint latestVerified;
    private boolean treeBroken;

    private record PendingLeaf(long treeSize, PublishedCheckpoint.Leaf leaf) {}

    /**
     * @param keys    the checkpoint keys the partner trusts, by key id (as {@code GET /api/checkpoints/keys} lists them)
     * @param trusted the checkpoint the partner trusted last time, or null on the first run
     */
    public Witness(Map<String, PublicKey> keys, Checkpoint trusted) {
        this.keys = Map.copyOf(keys);
        this.trusted = trusted;
        this.latestVerified = trusted;
    }

    /** A record of the events topic, given a way to look up a header's text (null when absent) and its value. */
    public void event(Function<String, String> header, byte[] value) {
        events++;
        ChainLink link;
        try {
            link = ChainLink.fromRecord(header, value);
        } catch (RuntimeException e) {
            problem(null, null, null, "a record of the events topic is unreadable: " + e.getMessage());
            return;
        }
        ChainedEvent event = link.event();
        String agreementId = event.agreementId();
        long sequence = event.sequence();
        List<String> seen = hashes.computeIfAbsent(agreementId, id -> new ArrayList<>());
        Long last = lastSeen.put(agreementId, sequence);
        String hash = link.claimedHash();
        String name = "event " + sequence + " of " + agreementId;
        if (hash == null) {
            problem(agreementId, sequence, null, name + " has no hash");
        } else if (!event.hash().equals(hash)) {
            problem(agreementId, sequence, null, name + " was changed: its content does not match its hash");
        } else if (sequence > seen.size()) {
            problem(
                    agreementId,
                    sequence,
                    null,
                    "event " + seen.size() + " of " + agreementId + " is missing: event " + sequence + " came next");
        } else if (sequence < seen.size() && !seen.get((int) sequence).equals(hash)) {
            problem(
                    agreementId,
                    sequence,
                    null,
                    name + " was rewritten: it was published with hash " + seen.get((int) sequence)
                            + " before, now with " + hash);
        } else if (last != null && last < sequence - 1) {
            // Within one pass (a replay, a redelivered batch), an agreement's events come without a gap.
            problem(
                    agreementId,
                    last + 1,
                    null,
                    "event " + (last + 1) + " of " + agreementId
                            + " is missing from a republication of its history: event " + sequence + " came next");
        } else if (sequence == seen.size()) {
            if (Objects.equals(event.previousHash(), sequence == 0 ? null : seen.get((int) sequence - 1))) {
                seen.add(hash);
            } else {
                problem(agreementId, sequence, null, name + " does not name the hash of event " + (sequence - 1));
            }
        }
    }

    /** A record of the checkpoints topic (its value). */
    public void checkpoint(byte[] value) {
        checkpoints++;
        PublishedCheckpoint published;
        try {
            published = PublishedCheckpoint.read(value);
        } catch (RuntimeException e) {
            problem(null, null, null, "a record of the checkpoints topic is unreadable: " + e.getMessage());
            return;
        }
        Checkpoint checkpoint = published.checkpoint();
        long size = checkpoint.treeSize();
        if (treeBroken) {
            return; // the first break is what matters; the tree after it cannot be followed
        }
        String root = roots.get(size);
        if (root != null) {
            if (!root.equals(checkpoint.rootHash())) {
                broken(
                        size,
                        "checkpoint " + size + " was signed again with another root: " + checkpoint.rootHash()
                                + " instead of " + root + " — the history was rewritten after it was signed");
            }
            return; // the same checkpoint sent again (at least once)
        }
        PublicKey key = keys.get(checkpoint.keyId());
        if (key == null || !checkpoint.signedBy(key)) {
            broken(
                    size,
                    key == null
                            ? "checkpoint " + size + " is signed by key " + checkpoint.keyId()
                                    + ", which you do not trust"
                            : "checkpoint " + size + " is not signed by its key " + checkpoint.keyId());
            return;
        }
        if (published.previousTreeSize() != tree.size()) {
            broken(
                    size,
                    "checkpoint " + size + " continues the tree from " + published.previousTreeSize()
                            + " events, but the checkpoints before it made " + tree.size());
            return;
        }
        for (PublishedCheckpoint.Leaf leaf : published.leaves()) {
            tree.appendLeafHash(MerkleTree.leafHash(Hashes.bytes(leaf.hash())));
            if (trusted != null
                    && tree.size() == trusted.treeSize()
                    && !Hashes.hex(tree.root()).equals(trusted.rootHash())) {
                broken(
                        size,
                        "checkpoint " + size + " is not consistent with the checkpoint you trusted: the tree of "
                                + trusted.treeSize() + " events now has the root " + Hashes.hex(tree.root()) + ", not "
                                + trusted.rootHash() + " — the history was rewritten after you saw it");
                return;
            }
            pending.add(new PendingLeaf(size, leaf));
        }
        if (!Hashes.hex(tree.root()).equals(checkpoint.rootHash())) {
            broken(size, "checkpoint " + size + " lists events whose tree does not have its signed root");
            return;
        }
        roots.put(size, checkpoint.rootHash());
        if (latestVerified == null || size > latestVerified.treeSize()) {
            latestVerified = checkpoint;
        }
    }

    /** Checks the checkpoints' events against the events topic, once both were read; then reports. */
    public Report finish() {
        for (PendingLeaf pendingLeaf : pending) {
            PublishedCheckpoint.Leaf leaf = pendingLeaf.leaf();
            List<String> seen = hashes.getOrDefault(leaf.agreementId(), List.of());
            if (leaf.sequence() >= seen.size()) {
                problem(
                        leaf.agreementId(),
                        leaf.sequence(),
                        pendingLeaf.treeSize(),
                        "checkpoint "
                                + pendingLeaf.treeSize() + " holds event " + leaf.sequence() + " of "
                                + leaf.agreementId()
                                + ", which the events topic does not carry (yet)");
            } else if (!seen.get((int) leaf.sequence()).equals(leaf.hash())) {
                problem(
                        leaf.agreementId(),
                        leaf.sequence(),
                        pendingLeaf.treeSize(),
                        "checkpoint "
                                + pendingLeaf.treeSize() + " holds event " + leaf.sequence() + " of "
                                + leaf.agreementId()
                                + " with hash " + leaf.hash() + ", but the events topic carried "
                                + seen.get((int) leaf.sequence()));
            }
        }
        pending.clear();
        if (trusted != null && !treeBroken && tree.size() < trusted.treeSize()) {
            problem(
                    null,
                    null,
                    trusted.treeSize(),
                    "the checkpoints topic ends at tree size " + tree.size() + ", before the checkpoint of tree size "
                            + trusted.treeSize() + " you trusted");
        }
        // The log's own problems first; then each agreement's, from its earliest event, whatever order the
        // records came in (a replay sends swapped events in the order the store now holds them).
        List<Problem> ordered = problems.stream()
                .sorted(Comparator.comparing(Problem::agreementId, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Problem::sequence, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new Report(events, checkpoints, problems.isEmpty() ? latestVerified : trusted, ordered);
    }

    private void broken(long treeSize, String reason) {
        treeBroken = true;
        problem(null, null, treeSize, reason);
    }

    private void problem(String agreementId, Long sequence, Long treeSize, String reason) {
        if (problems.size() < MOST_PROBLEMS) {
            problems.add(new Problem(agreementId, sequence, treeSize, reason));
        }
    }
}
