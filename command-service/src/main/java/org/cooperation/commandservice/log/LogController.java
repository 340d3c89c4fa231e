package org.cooperation.commandservice.log;

import java.util.List;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.verification.Checkpoint;
import org.cooperation.agreement.api.verification.Hashes;
import org.cooperation.agreement.api.verification.MerkleTree;
import org.cooperation.websecurity.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log over HTTP: its signed checkpoints and the keys that signed them, and the proofs of
 * RFC 9162 — that an event is in the tree of a size, and that a tree of one size is the beginning of
 * the tree of a larger one. Sizes are counts of events; a checkpoint's {@code treeSize} is one.
 */
@RestController
public class LogController {

    private final TreeStore tree;
    private final CheckpointStore checkpoints;

    public LogController(TreeStore tree, CheckpointStore checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    /** An event's inclusion proof: the hashes that lead from its leaf to the root of the tree of {@code treeSize}. */
    public record InclusionProof(
            String eventId,
            String agreementId,
            long sequence,
            String hash,
            long leafIndex,
            long treeSize,
            String rootHash,
            List<String> path) {}

    /** That the tree of {@code first} events is the beginning of the tree of {@code second}. */
    public record ConsistencyProof(
            long first, long second, String firstRootHash, String secondRootHash, List<String> proof) {}

    @GetMapping("/api/checkpoints/latest")
    public Checkpoint latest() {
        return checkpoints
                .latest()
                .orElseThrow(() -> Problems.notFound("no-checkpoint", "No checkpoint has been signed yet"));
    }

    @GetMapping("/api/checkpoints/{treeSize}")
    public Checkpoint checkpoint(@PathVariable long treeSize) {
        return checkpoints
                .ofSize(treeSize)
                .orElseThrow(
                        () -> Problems.notFound("no-checkpoint", "No checkpoint was signed at tree size " + treeSize));
    }

    @GetMapping("/api/checkpoints/keys")
    public List<CheckpointStore.PublicKeyEntry> keys() {
        return checkpoints.keys();
    }

    /** {@code treeSize} defaults to the latest checkpoint's. */
    @GetMapping("/api/log/inclusion")
    public InclusionProof inclusion(@RequestParam String eventId, @RequestParam(required = false) Long treeSize) {
        TreeStore.Entry entry = tree.entryOf(eventId)
                .orElseThrow(() -> Problems.notFound("not-in-log", "The log holds no event " + eventId + " (yet)"));
        long size = treeSize != null ? requireWithinLog("treeSize", treeSize) : latest().treeSize();
        if (entry.leafIndex() >= size) {
            throw Problems.notFound(
                    "not-in-tree",
                    "Event " + eventId + " is leaf " + entry.leafIndex() + ", after the tree of " + size
                            + " events; ask again with a later checkpoint");
        }
        return new InclusionProof(
                entry.eventId(),
                entry.agreementId(),
                entry.sequence(),
                entry.hash(),
                entry.leafIndex(),
                size,
                Hashes.hex(MerkleTree.root(tree, size)),
                hex(MerkleTree.inclusionProof(tree, entry.leafIndex(), size)));
    }

    @GetMapping("/api/log/consistency")
    public ConsistencyProof consistency(@RequestParam long first, @RequestParam long second) {
        requireWithinLog("second", second);
        if (first < 0 || first > second) {
            throw new InvalidValueException(
                    "first", "first-not-after-second", "first must be from 0 to second (" + second + "), not " + first);
        }
        return new ConsistencyProof(
                first,
                second,
                Hashes.hex(MerkleTree.root(tree, first)),
                Hashes.hex(MerkleTree.root(tree, second)),
                hex(MerkleTree.consistencyProof(tree, first, second)));
    }

    private long requireWithinLog(String field, long size) {
        long logSize = tree.size();
        if (size < 1 || size > logSize) {
            throw new InvalidValueException(
                    field,
                    "tree-size-within-log",
                    field + " must be from 1 to the log's size (" + logSize + "), not " + size);
        }
        return size;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hashes::hex).toList();
    }
}
