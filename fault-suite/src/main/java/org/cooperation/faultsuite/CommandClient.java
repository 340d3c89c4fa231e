package org.cooperation.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Posts commands to command-service the way a careful client does: every command carries an
 * {@code Idempotency-Key} (also sent as the correlation id, so its effect can be found in the
 * event store), an optional {@code If-Match} and, when the system asks for one, a bearer token.
 */
final class CommandClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> baseUrl;
    private final Supplier<Optional<String>> bearerToken;

    CommandClient(Supplier<String> baseUrl, Supplier<Optional<String>> bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** The same client, with the same token, sending to another base URL (e.g. one of several instances). */
    CommandClient to(Supplier<String> otherBaseUrl) {
        return new CommandClient(otherBaseUrl, bearerToken);
    }

    /** One attempt; a connection that fails or times out gives {@link Reply#noAnswer}. */
    Reply post(String path, String body, String idempotencyKey, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("X-Correlation-Id", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        bearerToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), version(response), response.body());
        } catch (IOException e) {
            return Reply.noAnswer(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.noAnswer("interrupted");
        }
    }

    private static long version(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return -1;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("version").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** What came back: status -1 when nothing did (connection refused, reset, timed out). */
    record Reply(int status, long version, String body) {

        static Reply noAnswer(String why) {
            return new Reply(-1, -1, why);
        }

        boolean acknowledged() {
            return status == 200 || status == 201;
        }

        /** Worth trying again with the same key: no answer, or the service said it could not do it now. */
        boolean retryable() {
            return status == -1 || status >= 500 || status == 429 || status == 408;
        }
    }
}
