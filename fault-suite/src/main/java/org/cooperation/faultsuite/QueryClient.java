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

/** Reads query-service's API; an empty answer when it is down or has no such agreement yet. */
final class QueryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> baseUrl;
    private final Supplier<Optional<String>> bearerToken;

    QueryClient(Supplier<String> baseUrl, Supplier<Optional<String>> bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    Optional<JsonNode> get(String path) {
        return send(request(path).GET(), 200);
    }

    Optional<JsonNode> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), 202);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(Duration.ofSeconds(15));
        bearerToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private Optional<JsonNode> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == expected || response.statusCode() == 200
                    ? Optional.of(JSON.readTree(response.body()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
