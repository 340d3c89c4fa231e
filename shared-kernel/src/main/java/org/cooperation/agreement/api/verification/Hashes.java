package org.cooperation.agreement.api.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash function of the chain and the tree, and hashes as lowercase hex text. */
public final class Hashes {

    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {}

    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** The bytes of a hash given as 64 hex digits; anything else is refused. */
    public static byte[] bytes(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a hash is 64 hex digits, not " + hex);
        }
        return HEX.parseHex(hex);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
