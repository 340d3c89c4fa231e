package org.cooperation.agreement.api.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.cooperation.agreement.api.contract.EventJson;

/**
 * A record of the checkpoints topic: the signed checkpoint, and the events the log took in since the
 * previous one (from {@code previousTreeSize} on, in the log's order), each by its place in its
 * agreement's history and its hash. The leaf of an event in the tree is its hash's 32 bytes. So a
 * partner rebuilds the tree from this topic alone and checks every event it read against it.
 */
public record PublishedCheckpoint(Checkpoint checkpoint, long previousTreeSize, List<Leaf> leaves) {

    /** One event of the log: which event, and its chain hash. */
    public record Leaf(String agreementId, long sequence, String eventId, String hash) {}

    public PublishedCheckpoint {
        leaves = List.copyOf(leaves);
        if (previousTreeSize + leaves.size() != checkpoint.treeSize()) {
            throw new IllegalArgumentException("a checkpoint of " + checkpoint.treeSize() + " after one of "
                    + previousTreeSize + " lists " + leaves.size() + " events");
        }
    }

    public byte[] json() {
        try {
            return EventJson.mapper().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PublishedCheckpoint read(byte[] json) {
        try {
            return EventJson.mapper().readValue(json, PublishedCheckpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a checkpoint record", e);
        }
    }
}
