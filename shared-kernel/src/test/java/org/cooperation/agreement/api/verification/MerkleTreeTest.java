package org.cooperation.agreement.api.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tree of eight small leaves whose hashes the Certificate Transparency implementations test
 * with; every expected value below was computed outside Java, by RFC 9162's recursive definitions
 * written out in a few lines of Python (hashlib).
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    static final List<byte[]> LEAVES = List.of(
            bytes(""),
            bytes("00"),
            bytes("10"),
            bytes("2021"),
            bytes("3031"),
            bytes("40414243"),
            bytes("5051525354555657"),
            bytes("606162636465666768696a6b6c6d6e6f"));
    static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final String ROOT2 = "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125";
    private static final String ROOT4 = "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7";
    /** The leaf hash of leaf 1, MTH(D[2:4]), MTH(D[4:8]) and MTH(D[6:8]). */
    private static final String H01 = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7";

    private static final String H2_3 = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e";
    private static final String H4_7 = "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4";
    private static final String H67 = "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0";

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

    /** PATH(m, D[n]) and PROOF(m, D[n]) of the RFC for a few (m, n), by hex digits of their hashes. */
    static final Map<String, List<String>> PATHS = Map.of(
            "0/8", List.of(H01, H2_3, H4_7),
            "5/8", List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", H67, ROOT4),
            "2/3", List.of(ROOT2),
            "4/7",
                    List.of(
                            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                            ROOT4),
            "0/1", List.of());

    static final Map<String, List<String>> PROOFS = Map.of(
            "1/8", List.of(H01, H2_3, H4_7),
            "6/8", List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", H67, ROOT4),
            "2/5", List.of(H2_3, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            "3/7",
                    List.of(
                            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                            ROOT2,
                            "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e"),
            "8/8", List.of());

    @Test
    void provesInclusionWithThePathOfTheRfc() {
        LogTree tree = tree(8);
        PATHS.forEach((key, expected) -> {
            Case c = Case.of(key);
            List<byte[]> path = MerkleTree.inclusionProof(tree, c.m(), c.n());
            assertThat(hex(path)).as("PATH " + key).isEqualTo(expected);
            assertThat(MerkleTree.verifyInclusion(
                            c.m(), c.n(), MerkleTree.leafHash(LEAVES.get((int) c.m())), path, tree.root(c.n())))
                    .as("verified " + key)
                    .isTrue();
        });
    }

    @Test
    void provesConsistencyWithTheProofOfTheRfc() {
        LogTree tree = tree(8);
        PROOFS.forEach((key, expected) -> {
            Case c = Case.of(key);
            List<byte[]> proof = MerkleTree.consistencyProof(tree, c.m(), c.n());
            assertThat(hex(proof)).as("PROOF " + key).isEqualTo(expected);
            assertThat(MerkleTree.verifyConsistency(c.m(), c.n(), tree.root(c.m()), tree.root(c.n()), proof))
                    .as("verified " + key)
                    .isTrue();
        });
    }

    @Test
    void refusesAProofOfAnotherLeafOrRoot() {
        LogTree tree = tree(8);
        List<byte[]> path = MerkleTree.inclusionProof(tree, 5, 8);
        byte[] leaf = MerkleTree.leafHash(LEAVES.get(5));
        assertThat(MerkleTree.verifyInclusion(5, 8, leaf, path, tree.root())).isTrue();
        assertThat(MerkleTree.verifyInclusion(4, 8, leaf, path, tree.root())).isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 8, MerkleTree.leafHash(LEAVES.get(4)), path, tree.root()))
                .isFalse();
        assertThat(MerkleTree.verifyInclusion(5, 8, leaf, path, tree.root(7))).isFalse();
        assertThat(MerkleTree.verifyInclusion(8, 8, leaf, path, tree.root())).isFalse();

        List<byte[]> proof = MerkleTree.consistencyProof(tree, 3, 7);
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(7), proof))
                .isTrue();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(4), tree.root(7), proof))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(8), proof))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, tree.root(3), tree.root(7), proof.subList(1, proof.size())))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(7, 7, tree.root(7), tree.root(8), List.of()))
                .isFalse();
    }

    /** A case "m/n" of the tables: a leaf index or a first size, and a tree size. */
    private record Case(long m, long n) {
        static Case of(String key) {
            String[] parts = key.split("/");
            return new Case(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}
