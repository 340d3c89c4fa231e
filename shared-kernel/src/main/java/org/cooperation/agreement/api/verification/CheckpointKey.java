package org.cooperation.agreement.api.verification;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that signs checkpoints, read from one PEM file holding the private key (PKCS#8,
 * {@code PRIVATE KEY}) and its public key (X.509, {@code PUBLIC KEY}), as
 * {@code openssl genpkey -algorithm ed25519 -out key.pem && openssl pkey -in key.pem -pubout >> key.pem}
 * writes it. Its id is the first 16 hex digits of SHA-256 over the public key's X.509 encoding, so
 * every checkpoint names the key that signed it and keys can be replaced.
 */
public record CheckpointKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    public static CheckpointKey read(Path pemFile) {
        String pem;
        try {
            pem = Files.readString(pemFile, US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint signing key " + pemFile, e);
        }
        byte[] privateKey = null;
        byte[] publicKey = null;
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            byte[] body = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "PRIVATE KEY" -> privateKey = body;
                case "PUBLIC KEY" -> publicKey = body;
                default -> {}
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalArgumentException(pemFile + " must hold a PRIVATE KEY and a PUBLIC KEY block (Ed25519)");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PublicKey open = keys.generatePublic(new X509EncodedKeySpec(publicKey));
            PrivateKey secret = keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            if (!pair(secret, open)) {
                throw new IllegalArgumentException(pemFile + ": its public key is not the private key's");
            }
            return new CheckpointKey(keyId(open), secret, open);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pemFile + " holds no Ed25519 key pair", e);
        }
    }

    /** Whether the public key verifies what the private key signs: a file whose halves differ would sign unverifiably. */
    private static boolean pair(PrivateKey secret, PublicKey open) throws GeneralSecurityException {
        byte[] probe = "checkpoint key probe".getBytes(US_ASCII);
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(secret);
        signer.update(probe);
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(open);
        verifier.update(probe);
        return verifier.verify(signer.sign());
    }

    /** A new key pair, as the PEM text {@link #read} takes. */
    public static String generatePem() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                    + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    public static String keyId(PublicKey publicKey) {
        return Hashes.hex(Hashes.sha256(publicKey.getEncoded())).substring(0, 16);
    }

    /** The public key as published: base64 of its X.509 encoding. */
    public static String text(PublicKey publicKey) {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + text, e);
        }
    }

    private static String pem(String label, byte[] encoded) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(encoded) + "\n-----END " + label
                + "-----\n";
    }
}
