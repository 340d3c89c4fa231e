package org.cooperation.agreement.api.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cooperation.agreement.api.contract.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path folder;

    CheckpointKey key(String name) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, CheckpointKey.generatePem());
        return CheckpointKey.read(file);
    }

    @Test
    void isVerifiedByTheKeyThatSignedItOnly() throws Exception {
        CheckpointKey key = key("key.pem");
        Checkpoint checkpoint =
                Checkpoint.sign(8, MerkleTreeTest.tree(8).root(), Instant.parse("2026-01-01T00:00:00.123456Z"), key);

        assertThat(checkpoint.keyId()).hasSize(16).isEqualTo(CheckpointKey.keyId(key.publicKey()));
        assertThat(checkpoint.signedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
        assertThat(checkpoint.signedBy(key.publicKey())).isTrue();
        assertThat(checkpoint.signedBy(CheckpointKey.publicKey(CheckpointKey.text(key.publicKey()))))
                .isTrue();
        assertThat(checkpoint.signedBy(key("other.pem").publicKey())).isFalse();
        assertThat(new Checkpoint(
                                7,
                                checkpoint.rootHash(),
                                checkpoint.signedAt(),
                                checkpoint.keyId(),
                                checkpoint.signature())
                        .signedBy(key.publicKey()))
                .isFalse();
        assertThat(new Checkpoint(
                                8,
                                MerkleTreeTest.ROOTS.get(6),
                                checkpoint.signedAt(),
                                checkpoint.keyId(),
                                checkpoint.signature())
                        .signedBy(key.publicKey()))
                .isFalse();
    }

    @Test
    void travelsAsJsonWithTheEventsItAdded() throws Exception {
        CheckpointKey key = key("key.pem");
        PublishedCheckpoint published = new PublishedCheckpoint(
                Checkpoint.sign(2, MerkleTreeTest.tree(2).root(), Instant.now(), key),
                1,
                List.of(new PublishedCheckpoint.Leaf("a-1", 1, "e-2", "ab".repeat(32))));

        PublishedCheckpoint read = PublishedCheckpoint.read(published.json());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                        SchemaLocation.of("classpath:schemas/checkpoints/Checkpoint.v1.schema.json"),
                        SchemaValidatorsConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build());
        assertThat(schema.validate(EventJson.mapper().readTree(published.json())))
                .isEmpty();

        assertThat(read).isEqualTo(published);
        assertThat(read.checkpoint().signedBy(key.publicKey())).isTrue();
        assertThatThrownBy(() -> new PublishedCheckpoint(published.checkpoint(), 0, published.leaves()))
                .hasMessageContaining("lists 1 events");
    }

    /** Made for this test only by openssl genpkey -algorithm ed25519, then openssl pkey -pubout. */
    private static final String OPENSSL_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIJqdb7tbYZkegzfDzgc7KOUtHaQAlmYWa/m2b+ymWX2T
            -----END PRIVATE KEY-----
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEA7km60YDPgbq7R38ywgWDrC5Fuf2E3uLViS7jXwhG6c0=
            -----END PUBLIC KEY-----
            """;

    @Test
    void readsAKeyMadeWithOpenssl() throws Exception {
        Path file = folder.resolve("openssl.pem");
        Files.writeString(file, OPENSSL_KEY);
        CheckpointKey key = CheckpointKey.read(file);
        assertThat(Checkpoint.sign(1, MerkleTreeTest.tree(1).root(), Instant.now(), key)
                        .signedBy(key.publicKey()))
                .isTrue();
    }

    @Test
    void refusesAKeyFileWhoseHalvesDiffer() throws Exception {
        Path file = folder.resolve("mixed.pem");
        String other = CheckpointKey.generatePem();
        Files.writeString(
                file,
                OPENSSL_KEY.substring(0, OPENSSL_KEY.indexOf("-----BEGIN PUBLIC KEY"))
                        + other.substring(other.indexOf("-----BEGIN PUBLIC KEY")));
        assertThatThrownBy(() -> CheckpointKey.read(file)).hasMessageContaining("is not the private key's");
    }

    @Test
    void refusesAKeyFileWithoutBothHalves() throws Exception {
        Path file = folder.resolve("half.pem");
        String pem = CheckpointKey.generatePem();
        Files.writeString(file, pem.substring(0, pem.indexOf("-----BEGIN PUBLIC KEY")));
        assertThatThrownBy(() -> CheckpointKey.read(file)).hasMessageContaining("PUBLIC KEY");
    }
}
