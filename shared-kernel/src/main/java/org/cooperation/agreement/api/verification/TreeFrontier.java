package org.cooperation.agreement.api.verification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The root of a growing tree in O(log n) memory: only the perfect subtrees on its right edge are
 * kept (RFC 9162's tree of n leaves is the perfect subtrees of n's binary digits, largest first).
 * For verifying a log of any length in one pass: each checkpoint's root is {@link #root()} at its size.
 */
public final class TreeFrontier {

    private record Subtree(int level, byte[] hash) {}

    private final Deque<Subtree> subtrees = new ArrayDeque<>();
    private long size;

    public void appendLeafHash(byte[] leafHash) {
        Subtree top = new Subtree(0, leafHash);
        while (!subtrees.isEmpty() && subtrees.peekLast().level() == top.level()) {
            Subtree left = subtrees.removeLast();
            top = new Subtree(left.level() + 1, MerkleTree.nodeHash(left.hash(), top.hash()));
        }
        subtrees.addLast(top);
        size++;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        Iterator<Subtree> fromTheRight = subtrees.descendingIterator();
        byte[] root = fromTheRight.next().hash();
        while (fromTheRight.hasNext()) {
            root = MerkleTree.nodeHash(fromTheRight.next().hash(), root);
        }
        return root;
    }
}
