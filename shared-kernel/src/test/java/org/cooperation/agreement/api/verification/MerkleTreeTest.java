package org.cooperation.agreement.api.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree of eight small leaves whose hashes the Certificate Transparency implementations test
 * with; every expected value below was computed outside Java, by RFC 9162's recursive definitions
 * written out in a few lines of Python (hashlib).
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    static final List<byte[]> LEAVES = List.of(bytes(""), bytes("00"), bytes("10"), bytes("2021"), bytes("3031"),
            bytes("40414243"), bytes("5051525354555657"), bytes("606162636465666768696a6b6c6d6e6f"));
    static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static LogTree tree(int size) {
        LogTree tree = new LogTree();
        LEAVES.subList(0, size).forEach(tree::append);
        return tree;
    }

    @Test
    void hashesTheEmptyTreeAsTheEmptyString() {
        assertThat(HEX.formatHex(new LogTree().root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void computesTheRootOfEverySize() {
        LogTree tree = tree(8);
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("size " + size).isEqualTo(ROOTS.get(size - 1));
            assertThat(HEX.formatHex(tree(size).root())).as("grown to " + size).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void provesInclusionWithThePathOfTheRfc() {
        assertPath(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertPath(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertPath(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertPath(4, 7, "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertPath(0, 1);
    }

    @Test
    void provesConsistencyWithTheProofOfTheRfc() {
        assertConsistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertConsistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertConsistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertConsistency(3, 7, "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e");
        assertConsistency(8, 8);
    }

    @Test
    void refusesAProofOfAnotherLeafOrRoot() {
        LogTree tree = tree(8);
        List<byte[]> path = MerkleTree.inclusionProof(tree, 5, 8);
        byte[] leaf = MerkleTree.leafHash(LEAVES.get(5));
        assertThat(MerkleTree.verifyInclusion(5, 8, leaf, path, tree.root())).isTrue();
        assertThat(MerkleTree.verifyInclusion(4, 8, leaf, path, tree.root())).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 8, MerkleTree.leafHash(LEAVES.get(4)), path, tree.root())).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 8, leaf, path, tree.root(7))).isFalse();
        assertThat(MerkleTree.verifyInclusion(8, 8, leaf, path, tree.root())).isFalse();

        List<byte[]> proof = MerkleTree.consistencyProof(tree, 3, 7);
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(7), proof)).isTrue();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(4), tree.root(7), proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(8), proof)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(7), proof.subList(1, proof.size())))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(7, 7, tree.root(7), tree.root(8), List.of())).isFalse();
    }

    private static void assertPath(long index, long size, String... expected) {
        LogTree tree = tree(8);
        List<byte[]> path = MerkleTree.inclusionProof(tree, index, size);
        assertThat(path.stream().map(HEX::formatHex).toList()).as("PATH(%d, D[%d])", index, size)
                .containsExactly(expected);
        assertThat(MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(LEAVES.get((int) index)), path,
                tree.root(size))).isTrue();
    }

    private static void assertConsistency(long first, long second, String... expected) {
        LogTree tree = tree(8);
        List<byte[]> proof = MerkleTree.consistencyProof(tree, first, second);
        assertThat(proof.stream().map(HEX::formatHex).toList()).as("PROOF(%d, D[%d])", first, second)
                .containsExactly(expected);
        assertThat(MerkleTree.verifyConsistency(first, second, tree.root(first), tree.root(second), proof)).isTrue();
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}
