package org.cooperation.agreement.api.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.cooperation.agreement.api.contract.EventJson;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * A signed statement of the log: the tree of its first {@code treeSize} events has this root. The
 * signature is Ed25519 (base64) over the RFC 8785 canonical JSON of
 * {@code {"keyId", "rootHash", "signedAt", "treeSize"}}; {@code keyId} names the key
 * ({@link CheckpointKey}).
 */
public record Checkpoint(long treeSize, String rootHash, Instant signedAt, String keyId, String signature) {

    public Checkpoint {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size " + treeSize + " is negative");
        }
        Hashes.bytes(rootHash);
    }

    public static Checkpoint sign(long treeSize, byte[] root, Instant signedAt, CheckpointKey key) {
        Instant at = signedAt.truncatedTo(ChronoUnit.MILLIS);
        String rootHash = Hashes.hex(root);
        try {
            Signature signer = Signature.getInstance(CheckpointKey.ALGORITHM);
            signer.initSign(key.privateKey());
            signer.update(signedContent(treeSize, rootHash, at, key.keyId()));
            return new Checkpoint(
                    treeSize, rootHash, at, key.keyId(), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether {@code key} made the signature. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(CheckpointKey.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedContent(treeSize, rootHash, signedAt, keyId));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] root() {
        return Hashes.bytes(rootHash);
    }

    static byte[] signedContent(long treeSize, String rootHash, Instant signedAt, String keyId) {
        ObjectNode content = EventJson.mapper().createObjectNode();
        content.put("treeSize", treeSize);
        content.put("rootHash", rootHash);
        content.put("signedAt", signedAt.toString());
        content.put("keyId", keyId);
        try {
            return new JsonCanonicalizer(content.toString()).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
