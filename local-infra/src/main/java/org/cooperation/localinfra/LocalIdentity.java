package org.cooperation.localinfra;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.verification.CheckpointKey;

/**
 * The signing key of the local run and the tests, and the tokens it signs (with Nimbus JOSE, as
 * the services verify them): RS256 JWTs with the claims an OIDC issuer would put in (subject,
 * client, roles, party). The key pair is created on first use in a folder of its own and kept
 * there, so tokens stay valid across restarts; the services are given only the public key (Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}).
 *
 * <p>Never for production: there, an OIDC issuer signs the tokens (README, "Identity").
 */
public final class LocalIdentity {

    public static final String ISSUER = "cooperation-agreements-local";
    /** The audience of every token for the system: one for both services, as one client uses both. */
    public static final String AUDIENCE = "cooperation-agreements";

    public static final String CLIENT = "local-cli";
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(8);

    private static final String PRIVATE_KEY_FILE = "private-key.pem";
    private static final String PUBLIC_KEY_FILE = "public-key.pem";
    /** The Ed25519 key pair that signs the log's checkpoints, private and public key in one PEM file. */
    private static final String CHECKPOINT_KEY_FILE = "checkpoint-key.pem";

    private final Path directory;
    private final PrivateKey privateKey;

    private LocalIdentity(Path directory, PrivateKey privateKey) {
        this.directory = directory;
        this.privateKey = privateKey;
    }

    /**
     * The key pair in {@code directory}, created there first when there is none. A lock file keeps
     * two processes starting at the same moment (the launcher and {@code ./token}) from each
     * creating a pair of their own.
     */
    public static synchronized LocalIdentity loadOrCreate(Path directory) {
        Path absolute = directory.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
            try (FileChannel channel = FileChannel.open(absolute.resolve(".lock"), CREATE, WRITE);
                    FileLock ignored = channel.lock()) {
                if (!Files.isRegularFile(absolute.resolve(PRIVATE_KEY_FILE))) {
                    create(absolute);
                }
                if (!Files.isRegularFile(absolute.resolve(CHECKPOINT_KEY_FILE))) {
                    createCheckpointKey(absolute);
                }
            }
            byte[] encoded = pemBody(Files.readString(absolute.resolve(PRIVATE_KEY_FILE), US_ASCII));
            return new LocalIdentity(
                    absolute, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key in " + absolute, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key in " + absolute + " is unreadable; delete the folder", e);
        }
    }

    /** The public key as Spring Boot reads it: a {@code file:} location of a PEM file. */
    public String publicKeyLocation() {
        return directory.resolve(PUBLIC_KEY_FILE).toUri().toString();
    }

    /** A token for the role (and, for a partner, its party), valid for {@link #DEFAULT_VALIDITY}. */
    public String token(String role, String party) {
        String subject =
                "local-" + role.toLowerCase(Locale.ROOT) + (party == null ? "" : "-" + party.toLowerCase(Locale.ROOT));
        return token(subject, CLIENT, List.of(role), party, Instant.now().plus(DEFAULT_VALIDITY));
    }

    /** A token with exactly these claims; {@code party} and {@code client} may be null. */
    public String token(String subject, String client, List<String> roles, String party, Instant expiresAt) {
        return sign(claims(subject, client, roles, party, expiresAt));
    }

    /**
     * The claims {@link #token(String, String, List, String, Instant)} signs, issued by
     * {@link #ISSUER} for {@link #AUDIENCE}: for a test to change (leave out {@code exp}, name
     * another audience) before it {@link #sign}s them.
     */
    public Map<String, Object> claims(
            String subject, String client, List<String> roles, String party, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        if (client != null) {
            claims.put("azp", client);
        }
        claims.put("roles", roles);
        if (party != null) {
            claims.put("party", party);
        }
        // Never after the expiry, so that an expired token a test asks for is still well formed.
        claims.put("iat", Math.min(Instant.now().getEpochSecond(), expiresAt.getEpochSecond() - 1));
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** A token with exactly these claims (instants in epoch seconds), signed RS256 with this key. */
    public String sign(Map<String, Object> claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(privateKey));
            return jwt.serialize();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a set of JWT claims: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /**
     * The settings under which a service trusts these tokens (property names; a launcher passes
     * them as environment variables, SPRING_SECURITY_..., AGREEMENTS_TOKENS_...).
     */
    public Map<String, String> serviceProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                publicKeyLocation(),
                "agreements.checkpoints.signing-key",
                checkpointKeyFile().toString(),
                "agreements.tokens.issuer",
                ISSUER,
                "agreements.tokens.audience",
                AUDIENCE);
    }

    /** The PEM file of the key pair that signs checkpoints (command-service's {@code agreements.checkpoints.signing-key}). */
    public Path checkpointKeyFile() {
        return directory.resolve(CHECKPOINT_KEY_FILE);
    }

    /**
     * An Ed25519 pair, private and public key in one PEM file, written under a temporary name and
     * moved into place, so that its presence says it is complete.
     */
    private static void createCheckpointKey(Path directory) throws IOException {
        Path file = Files.createTempFile(directory, ".checkpoint-", ".pem");
        restrictToOwner(file);
        Files.writeString(file, CheckpointKey.generatePem(), US_ASCII);
        Files.move(file, directory.resolve(CHECKPOINT_KEY_FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The private key is moved into place last: its presence says the pair is complete. */
    private static void create(Path directory) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        write(directory.resolve(PUBLIC_KEY_FILE), "PUBLIC KEY", pair.getPublic());
        Path privateKey = Files.createTempFile(directory, ".private-", ".pem");
        restrictToOwner(privateKey);
        write(privateKey, "PRIVATE KEY", pair.getPrivate());
        Files.move(privateKey, directory.resolve(PRIVATE_KEY_FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path file, String label, Key key) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(key.getEncoded());
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n", US_ASCII);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies.
        }
    }

    private static byte[] pemBody(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** For tests: the public key, to check a signature without a service. */
    PublicKey publicKey() {
        try {
            byte[] encoded = pemBody(Files.readString(directory.resolve(PUBLIC_KEY_FILE), US_ASCII));
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
