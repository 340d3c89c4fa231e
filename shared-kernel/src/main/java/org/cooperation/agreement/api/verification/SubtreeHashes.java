package org.cooperation.agreement.api.verification;

/**
 * Where the hashes of a log's perfect subtrees are kept: {@code perfect(level, index)} is the hash
 * of the 2^level leaves from {@code index * 2^level} on (level 0: a leaf's hash). Every other hash
 * of RFC 9162's tree is made of these ({@link MerkleTree#hash}), so a store that keeps them answers
 * any root and proof with O(log n) of them.
 */
@FunctionalInterface
public interface SubtreeHashes {

    byte[] perfect(int level, long index);
}
