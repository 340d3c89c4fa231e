package org.cooperation.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The two HTTP APIs as a secretariat tool and an auditor use them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String commandUrl;
    private final String queryUrl;
    private final String token;

    Api(String commandUrl, String queryUrl, String token) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
        this.token = token;
    }

    /** Sends a command; returns the agreement's version after it, or fails with the problem detail. */
    long command(String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorize(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("version").asLong();
    }

    /** {@code GET /actuator/health/liveness} of command-service, with the commands' token; its status code. */
    int liveness() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandUrl + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(30));
        authorize(request);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An operator's action on the query service, e.g. starting a rebuild. */
    void queryPost(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(queryUrl + path))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        authorize(request);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    HttpResponse<String> query(String path) throws IOException, InterruptedException {
        return get(path, HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a 200 answer as it came, for callers that scan it rather than build a tree of it. */
    byte[] queryBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    JsonNode queryJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = query(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(queryUrl + path)).timeout(Duration.ofSeconds(30));
        authorize(request);
        return http.send(request.build(), body);
    }

    private void authorize(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
    }
}
