package org.cooperation.agreement.api.verification;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162, section 2.1: its hashes (2.1.1), the inclusion proof of a leaf
 * (2.1.3) and the consistency proof between two sizes of the tree (2.1.4), with the verification
 * algorithms of both as the RFC writes them. SHA-256 throughout; leaves are prefixed with 0x00 and
 * interior nodes with 0x01, so that no leaf can pass for a node.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private MerkleTree() {}

    /** MTH({}) = SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return Hashes.sha256();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leafHash(byte[] data) {
        return Hashes.sha256(LEAF, data);
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Hashes.sha256(NODE, left, right);
    }

    /** The root of the tree of the first {@code size} leaves. */
    public static byte[] root(SubtreeHashes tree, long size) {
        return size == 0 ? emptyRoot() : hash(tree, 0, size);
    }

    /** MTH(D[start:end]), from the perfect subtrees it is made of; end > start. */
    public static byte[] hash(SubtreeHashes tree, long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return tree.perfect(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(tree, start, start + k), hash(tree, start + k, end));
    }

    /** PATH(m, D[n]): the inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(SubtreeHashes tree, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(tree, index, 0, size, path);
        return path;
    }

    private static void path(SubtreeHashes tree, long m, long start, long end, List<byte[]> path) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(tree, m, start, start + k, path);
            path.add(hash(tree, start + k, end));
        } else {
            path(tree, m - k, start + k, end, path);
            path.add(hash(tree, start, start + k));
        }
    }

    /** PROOF(m, D[n]): the consistency proof of the tree of {@code first} leaves with that of {@code second}. */
    public static List<byte[]> consistencyProof(SubtreeHashes tree, long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(tree, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(SubtreeHashes tree, long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(hash(tree, start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(tree, m, start, start + k, whole, proof);
            proof.add(hash(tree, start + k, end));
        } else {
            subproof(tree, m - k, start + k, end, false, proof);
            proof.add(hash(tree, start, start + k));
        }
    }

    /** RFC 9162, 2.1.3.2: whether {@code path} proves the leaf at {@code index} in the tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        Climb climb = new Climb(index, size - 1);
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (climb.atRoot()) {
                return false;
            }
            if (climb.siblingOnTheLeft()) {
                r = nodeHash(p, r);
            } else {
                r = nodeHash(r, p);
            }
            climb.up();
        }
        return climb.atRoot() && MessageDigest.isEqual(r, root);
    }

    /**
     * RFC 9162, 2.1.4.2: whether {@code proof} shows that the tree of {@code first} leaves with
     * {@code firstRoot} is a prefix of the tree of {@code second} leaves with {@code secondRoot}. Equal
     * sizes need equal roots and an empty proof; the empty tree is a prefix of every tree.
     */
    public static boolean verifyConsistency(
            long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        Climb climb = new Climb(first - 1, second - 1);
        while (climb.isRightChild()) {
            climb.up();
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (climb.atRoot()) {
                return false;
            }
            if (climb.siblingOnTheLeft()) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
            } else {
                sr = nodeHash(sr, c);
            }
            climb.up();
        }
        return climb.atRoot() && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    /**
     * The walk from a leaf (or a subtree) up to the root that both verifications of RFC 9162 make:
     * {@code fn} is the node's index at its level and {@code sn} the index of the last node there.
     */
    private static final class Climb {

        private long fn;
        private long sn;

        Climb(long fn, long sn) {
            this.fn = fn;
            this.sn = sn;
        }

        boolean atRoot() {
            return sn == 0;
        }

        boolean isRightChild() {
            return (fn & 1) == 1;
        }

        /**
         * Whether the next proof hash is the left sibling: the node is a right child, or the last
         * node of its level, which has no sibling on its right; then the levels on which it has
         * no sibling at all are skipped.
         */
        boolean siblingOnTheLeft() {
            if (!isRightChild() && fn != sn) {
                return false;
            }
            if (!isRightChild()) {
                do {
                    up();
                } while (!isRightChild() && fn != 0);
            }
            return true;
        }

        void up() {
            fn >>= 1;
            sn >>= 1;
        }
    }

    /** The largest power of two smaller than {@code n} (n > 1), the split point of RFC 9162's tree. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
