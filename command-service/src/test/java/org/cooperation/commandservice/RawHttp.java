package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Requests exactly as given, with no default token and no help from a template: for what a
 * careless or hostile client sends (no Authorization header, a chunked body of unknown length).
 */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String root;

    RawHttp(String root) {
        this.root = root;
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** Asserts an RFC 7807 refusal with this status that shows nothing of the inside; returns the problem. */
    static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL", "select ", "SELECT ");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        // Spring's own refusals (404, 405, 415) keep RFC 7807's "about:blank": the status says it all.
        assertThat(problem.get("type").asText()).matches("urn:cooperation-agreements:problem:.+|about:blank");
        return problem;
    }

    /** POSTs JSON with exactly these headers besides the content type. */
    HttpResponse<String> post(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/json");
        return send("POST", path, json, all);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return exchange(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    /** A body streamed without a Content-Length, as chunked transfer encoding. */
    HttpResponse<String> postChunked(String path, Supplier<InputStream> body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return exchange("POST", path, HttpRequest.BodyPublishers.ofInputStream(body), headers);
    }

    private HttpResponse<String> exchange(
            String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + path)).method(method, body);
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
