package org.cooperation.localinfra;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalIdentityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signsTokensThatItsPublicKeyVerifies() throws Exception {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity"));
        String[] parts = identity.token("PARTNER", "JP-METI").split("\\.");

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(identity.publicKey());
        signature.update((parts[0] + "." + parts[1]).getBytes(US_ASCII));
        assertTrue(signature.verify(Base64.getUrlDecoder().decode(parts[2])));
        assertEquals("RS256", decode(parts[0]).get("alg").asText());
    }

    @Test
    void putsRoleAndPartyIntoTheClaims() throws Exception {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity-claims"));
        JsonNode claims = decode(identity.token("PARTNER", "JP-METI").split("\\.")[1]);

        assertEquals("PARTNER", claims.get("roles").get(0).asText());
        assertEquals("JP-METI", claims.get("party").asText());
        assertEquals("local-partner-jp-meti", claims.get("sub").asText());
        assertEquals(LocalIdentity.CLIENT, claims.get("azp").asText());
        assertTrue(claims.get("exp").asLong() > Instant.now().getEpochSecond());
    }

    @Test
    void issuesTokensForTheSystemsAudienceValidForEightHours() throws Exception {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity-audience"));
        JsonNode claims = decode(identity.token("SECRETARIAT", null).split("\\.")[1]);

        assertEquals(LocalIdentity.ISSUER, claims.get("iss").asText());
        assertEquals(LocalIdentity.AUDIENCE, claims.get("aud").asText());
        assertEquals(8 * 3600, claims.get("exp").asLong() - claims.get("iat").asLong(), 1);
    }

    @Test
    void signsExactlyTheClaimsATestChanged() throws Exception {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity-changed"));
        Map<String, Object> claims = identity.claims(
                "robot", null, List.of("AUDITOR"), null, Instant.now().plusSeconds(60));
        claims.remove("exp");
        claims.put("aud", "mail");

        JsonNode signed = decode(identity.sign(claims).split("\\.")[1]);

        assertFalse(signed.has("exp"));
        assertEquals("mail", signed.get("aud").asText());
        assertEquals("robot", signed.get("sub").asText());
    }

    @Test
    void tellsAServiceToTrustItsKeyIssuerAndAudience() {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity-trust"));

        assertEquals(
                Map.of(
                        "spring.security.oauth2.resourceserver.jwt.public-key-location",
                        identity.publicKeyLocation(),
                        "agreements.checkpoints.signing-key",
                        identity.checkpointKeyFile().toString(),
                        "agreements.tokens.issuer",
                        LocalIdentity.ISSUER,
                        "agreements.tokens.audience",
                        LocalIdentity.AUDIENCE),
                identity.serviceProperties());
    }

    @Test
    void leavesOutAPartyThatIsNotGiven() throws Exception {
        LocalIdentity identity = LocalIdentity.loadOrCreate(TestDirectories.fresh("identity-no-party"));
        JsonNode claims = decode(identity.token(
                        "robot", null, List.of("AUDITOR"), null, Instant.now().plusSeconds(60))
                .split("\\.")[1]);

        assertFalse(claims.has("party"));
        assertFalse(claims.has("azp"));
    }

    @Test
    void keepsTheSameKeyAcrossRestarts() throws Exception {
        Path directory = TestDirectories.fresh("identity-restart");
        LocalIdentity first = LocalIdentity.loadOrCreate(directory);
        String publicKey = Files.readString(Path.of(java.net.URI.create(first.publicKeyLocation())));

        LocalIdentity second = LocalIdentity.loadOrCreate(directory);

        assertEquals(publicKey, Files.readString(Path.of(java.net.URI.create(second.publicKeyLocation()))));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(first.publicKey());
        String[] parts = second.token("AUDITOR", null).split("\\.");
        signature.update((parts[0] + "." + parts[1]).getBytes(US_ASCII));
        assertTrue(signature.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void letsOnlyItsOwnerReadThePrivateKey() throws Exception {
        Path directory = TestDirectories.fresh("identity-permissions");
        LocalIdentity.loadOrCreate(directory);

        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("private-key.pem"))));
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(part), UTF_8));
    }
}
