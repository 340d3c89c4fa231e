package org.cooperation.agreement.api.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** RFC 9162's proofs, for trees of any size: what is true verifies, anything else does not. */
class MerkleTreeProperties {

    @Property(tries = 300)
    void everyLeafIsProvenInEveryTreeThatHoldsIt(
            @ForAll @IntRange(min = 1, max = 600) int size, @ForAll @IntRange(min = 0, max = 599) int index) {
        Assume.that(index < size);
        LogTree tree = tree(size);
        List<byte[]> path = MerkleTree.inclusionProof(tree, index, size);

        assertThat(MerkleTree.root(tree, size)).isEqualTo(naiveRoot(leaves(size)));
        assertThat(MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(leaf(index)), path, tree.root()))
                .isTrue();
        assertThat(MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(leaf(index + 1)), path, tree.root()))
                .isFalse();
        if (size > 1) {
            assertThat(MerkleTree.verifyInclusion(
                            (index + 1) % size, size, MerkleTree.leafHash(leaf(index)), path, tree.root()))
                    .isFalse();
        }
    }

    @Property(tries = 300)
    void everyTreeIsConsistentWithEachOfItsPrefixes(
            @ForAll @IntRange(min = 0, max = 600) int first, @ForAll @IntRange(min = 0, max = 600) int second) {
        Assume.that(first <= second);
        LogTree tree = tree(second);
        List<byte[]> proof = MerkleTree.consistencyProof(tree, first, second);

        assertThat(MerkleTree.verifyConsistency(first, second, tree.root(first), tree.root(second), proof))
                .isTrue();
        if (first > 0 && first < second) {
            LogTree rewritten = tree(second);
            LogTree other = new LogTree();
            for (int i = 0; i < second; i++) {
                other.append(i == first - 1 ? new byte[] {42} : leaf(i));
            }
            // A history changed inside the first tree: its new root is not consistent with the old one.
            assertThat(MerkleTree.verifyConsistency(
                            first,
                            second,
                            rewritten.root(first),
                            other.root(second),
                            MerkleTree.consistencyProof(other, first, second)))
                    .isFalse();
        }
    }

    @Property(tries = 100)
    void theFrontierKnowsEveryRootTheWholeTreeKnows(@ForAll @IntRange(min = 0, max = 600) int size) {
        TreeFrontier frontier = new TreeFrontier();
        LogTree tree = tree(size);
        assertThat(frontier.root()).isEqualTo(tree.root(0));
        for (int i = 0; i < size; i++) {
            frontier.appendLeafHash(MerkleTree.leafHash(leaf(i)));
            assertThat(frontier.root()).as("size " + (i + 1)).isEqualTo(tree.root(i + 1));
        }
        assertThat(frontier.size()).isEqualTo(size);
    }

    private static LogTree tree(int size) {
        LogTree tree = new LogTree();
        for (int i = 0; i < size; i++) {
            tree.append(leaf(i));
        }
        return tree;
    }

    private static byte[] leaf(int i) {
        return ByteBuffer.allocate(4).putInt(i).array();
    }

    private static List<byte[]> leaves(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(leaf(i));
        }
        return leaves;
    }

    /** MTH as RFC 9162 defines it, recursively over the whole list. */
    private static byte[] naiveRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        if (leaves.size() == 1) {
            return MerkleTree.leafHash(leaves.get(0));
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return MerkleTree.nodeHash(naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, leaves.size())));
    }
}
