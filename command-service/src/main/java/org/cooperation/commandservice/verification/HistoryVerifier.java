package org.cooperation.commandservice.verification;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperation.agreement.api.verification.ChainLink;
import org.cooperation.agreement.api.verification.Chains;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.CheckpointKey;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.commandservice.chain.StoredEvent;
import org.cooperation.commandservice.log.CheckpointStore;
import org.cooperation.commandservice.log.TreeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verifies one agreement's history as the event store holds it: the chain (every event recomputes
 * to its hash and names its predecessor's), and, for the events the latest checkpoint covers, that
 * the signed tree holds exactly these events: each one's recomputed hash is proven in the signed
 * root, and none that the tree holds is missing from the store. A history rewritten with every hash
 * recomputed passes the first check and fails the second.
 */
@Component
public class HistoryVerifier {

    private final JdbcClient jdbc;
    private final TreeStore tree;
    private final CheckpointStore checkpoints;

    public HistoryVerifier(JdbcClient jdbc, TreeStore tree, CheckpointStore checkpoints) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    /** Empty when neither the store nor the log knows the agreement. */
    public Optional<Verdict> verify(String agreementId) {
        List<ChainLink> history = history(agreementId);
        Optional<Checkpoint> latest = checkpoints.latest();
        List<TreeStore.Entry> logged = latest.map(checkpoint -> tree.entriesOf(agreementId, checkpoint.treeSize()))
                .orElse(List.of());
        if (history.isEmpty() && logged.isEmpty()) {
            return Optional.empty();
        }
        Verdict chain = Chains.verify(history);
        if (latest.isEmpty()) {
            return Optional.of(chain);
        }
        Verdict signed = signature(latest.get());
        if (!signed.valid()) {
            return Optional.of(signed);
        }
        return Optional.of(earlier(chain, inclusion(history, logged, latest.get())));
    }

    /** Whether one of the keys that signed checkpoints made this one's signature. */
    Verdict signature(Checkpoint checkpoint) {
        boolean signed = checkpoints.keys().stream()
                .filter(key -> key.keyId().equals(checkpoint.keyId()))
                .anyMatch(key -> checkpoint.signedBy(CheckpointKey.publicKey(key.publicKey())));
        return signed
                ? Verdict.VALID
                : Verdict.invalid("the checkpoint of tree size " + checkpoint.treeSize() + " is not signed by its key "
                        + checkpoint.keyId());
    }

    private Verdict inclusion(List<ChainLink> history, List<TreeStore.Entry> logged, Checkpoint checkpoint) {
        Map<Long, TreeStore.Entry> bySequence = bySequence(logged);
        for (ChainLink link : history) {
            long sequence = link.event().sequence();
            TreeStore.Entry entry = bySequence.remove(sequence);
            if (entry == null) {
                continue;
            }
            byte[] leaf = MerkleTree.leafHash(Hashes.bytes(link.event().hash()));
            if (!MerkleTree.verifyInclusion(
                    entry.leafIndex(),
                    checkpoint.treeSize(),
                    leaf,
                    MerkleTree.inclusionProof(tree, entry.leafIndex(), checkpoint.treeSize()),
                    checkpoint.root())) {
                return changedAfterSigning(sequence, entry, checkpoint);
            }
        }
        return missing(bySequence.values(), checkpoint);
    }

    /**
     * Verifies the history against the log's leaves, as the portfolio's verification does once it
     * has checked that all leaves make the signed root: each event's recomputed hash is its leaf's.
     */
    Optional<Verdict> verifyAgainstLeaves(String agreementId, Checkpoint checkpoint) {
        List<ChainLink> history = history(agreementId);
        List<TreeStore.Entry> logged = tree.entriesOf(agreementId, checkpoint.treeSize());
        if (history.isEmpty() && logged.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, TreeStore.Entry> bySequence = bySequence(logged);
        Verdict leaves = Verdict.VALID;
        for (ChainLink link : history) {
            TreeStore.Entry entry = bySequence.remove(link.event().sequence());
            if (entry != null && !entry.hash().equals(link.event().hash())) {
                leaves = changedAfterSigning(link.event().sequence(), entry, checkpoint);
                break;
            }
        }
        if (leaves.valid()) {
            leaves = missing(bySequence.values(), checkpoint);
        }
        return Optional.of(earlier(Chains.verify(history), leaves));
    }

    private List<ChainLink> history(String agreementId) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS
                        + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(agreementId)
                .query((rs, row) -> StoredEvent.read(rs).link())
                .list();
    }

    private static Map<Long, TreeStore.Entry> bySequence(List<TreeStore.Entry> logged) {
        return logged.stream().collect(Collectors.toMap(TreeStore.Entry::sequence, Function.identity()));
    }

    private static Verdict changedAfterSigning(long sequence, TreeStore.Entry entry, Checkpoint checkpoint) {
        return Verdict.invalidAt(
                sequence,
                "event " + sequence + " is not the event that the checkpoint of "
                        + "tree size " + checkpoint.treeSize() + " holds as leaf " + entry.leafIndex()
                        + ": it was changed after it was signed");
    }

    /** The first of the events the signed tree holds and the store does not. */
    private static Verdict missing(Collection<TreeStore.Entry> unmatched, Checkpoint checkpoint) {
        return unmatched.stream()
                .min(Comparator.comparingLong(TreeStore.Entry::sequence))
                .map(entry -> Verdict.invalidAt(
                        entry.sequence(),
                        "event " + entry.sequence()
                                + " is missing from the store: the checkpoint of tree size " + checkpoint.treeSize()
                                + " holds it as leaf " + entry.leafIndex()))
                .orElse(Verdict.VALID);
    }

    /** The verdict that names the earlier event; at the same event, the chain's. */
    static Verdict earlier(Verdict chain, Verdict log) {
        if (chain.valid()) {
            return log;
        }
        if (log.valid() || chain.firstInvalidSequence() <= log.firstInvalidSequence()) {
            return chain;
        }
        return log;
    }
}
