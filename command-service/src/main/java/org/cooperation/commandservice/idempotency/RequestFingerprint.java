package org.cooperation.commandservice.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for an idempotency key: the method, the path and
 * the body, as a SHA-256. A JSON body counts by its content, so a retry that orders properties
 * differently or changes white space is still the same. Numbers count by their exact value
 * (1.50 is 1.5, but 0.1 is not 0.10000000000000000001). A body that is not JSON counts byte for byte.
 */
final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private RequestFingerprint() {}

    static String of(String method, String pathAndQuery, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + pathAndQuery + "\n").getBytes(UTF_8));
            sha256.update(canonical(body));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] canonical(byte[] body) {
        try {
            JsonNode tree = CANONICAL.readTree(body);
            return tree == null || tree.isMissingNode() ? body : CANONICAL.writeValueAsBytes(tree);
        } catch (IOException notJson) {
            return body;
        }
    }
}
