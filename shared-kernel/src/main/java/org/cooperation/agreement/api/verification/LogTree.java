package org.cooperation.agreement.api.verification;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree held in memory as it grows, one leaf at a time: it keeps every perfect subtree's
 * hash (about two per leaf), so its root at any size and every proof cost O(log n) hashes. What a
 * partner's verifier builds from the checkpoints it reads.
 */
public final class LogTree implements SubtreeHashes {

    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Appends a leaf given its data (RFC 9162 hashes it as 0x00 || data). */
    public void append(byte[] leafData) {
        appendLeafHash(MerkleTree.leafHash(leafData));
    }

    public void appendLeafHash(byte[] leafHash) {
        byte[] hash = leafHash;
        int level = 0;
        while (true) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> row = levels.get(level);
            row.add(hash);
            int index = row.size() - 1;
            if (index % 2 == 0) {
                return;
            }
            hash = MerkleTree.nodeHash(row.get(index - 1), hash);
            level++;
        }
    }

    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    public byte[] root() {
        return MerkleTree.root(this, size());
    }

    public byte[] root(long size) {
        return MerkleTree.root(this, size);
    }

    @Override
    public byte[] perfect(int level, long index) {
        return levels.get(level).get(Math.toIntExact(index));
    }
}
