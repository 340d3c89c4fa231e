package org.cooperation.queryservice.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cooperation.websecurity.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends the console's reads to the query API and its commands to command-service, as the signed-in
 * person, with the token their session holds. The path and query below
 * {@code /console/api/queries} (or {@code /commands}) are the API's below {@code /api}, unchanged;
 * the answer's status, body and the headers a client acts on come back as the API gave them, so a
 * refusal reaches the page as the API's own problem detail.
 *
 * <p>Same origin, rather than the browser calling command-service with CORS: the token stays on the
 * server (a script injected into the page could not read it), command-service needs no CORS policy
 * that would open it to other origins, and the session cookie plus CSRF token guard the one door.
 */
@RestController
public class ApiRelay {

    static final String QUERIES = ConsoleSecurity.PREFIX + "/api/queries";
    static final String COMMANDS = ConsoleSecurity.PREFIX + "/api/commands";
    /** command-service's OpenAPI document, from which the console makes its forms. */
    static final String COMMAND_CONTRACT = ConsoleSecurity.PREFIX + "/api/command-contract";

    private static final Logger log = LoggerFactory.getLogger(ApiRelay.class);
    /** What the console sends on with a command: the house's safe-command headers. */
    private static final List<String> COMMAND_HEADERS = List.of("Idempotency-Key", "If-Match", "X-Correlation-Id");
    /** What comes back to the page: what a client reads to act on an answer. */
    private static final List<String> ANSWER_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ETAG,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.RETRY_AFTER,
            "Idempotent-Replayed",
            "X-Correlation-Id");

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SessionTokens sessionTokens;
    private final String commandApi;
    private volatile String queryApi;

    public ApiRelay(
            SessionTokens sessionTokens,
            @Value("${agreements.console.command-api}") String commandApi,
            @Value("${agreements.console.query-api:}") String queryApi) {
        this.sessionTokens = sessionTokens;
        this.commandApi = withoutTrailingSlash(commandApi);
        this.queryApi = queryApi.isBlank() ? null : withoutTrailingSlash(queryApi);
    }

    /** The query API is this service, reached over loopback unless configured otherwise. */
    @EventListener
    public void onStarted(WebServerInitializedEvent started) {
        if (queryApi == null) {
            queryApi = "http://127.0.0.1:" + started.getWebServer().getPort();
        }
    }

    @GetMapping(QUERIES + "/**")
    public CompletableFuture<ResponseEntity<byte[]>> query(
            HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        HttpRequest.Builder upstream = HttpRequest.newBuilder(target(queryApi, QUERIES, request))
                .timeout(WAIT)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + sessionTokens.bearer(signedIn, request, response))
                // The representation the page asks for (JSON, or a file such as CSV or PDF), as the API negotiates it.
                .header(
                        HttpHeaders.ACCEPT,
                        accept == null || accept.isBlank() ? MediaType.APPLICATION_JSON_VALUE : accept)
                .GET();
        return send(upstream.build(), "query-service");
    }

    @GetMapping(COMMAND_CONTRACT)
    public CompletableFuture<ResponseEntity<byte[]>> commandContract() {
        return send(
                HttpRequest.newBuilder(URI.create(commandApi + "/v3/api-docs"))
                        .timeout(WAIT)
                        .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                        .GET()
                        .build(),
                "command-service");
    }

    @PostMapping(COMMANDS + "/**")
    public CompletableFuture<ResponseEntity<byte[]>> command(
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication signedIn,
            @RequestBody(required = false) byte[] body) {
        HttpRequest.Builder upstream = HttpRequest.newBuilder(target(commandApi, COMMANDS, request))
                .timeout(WAIT)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + sessionTokens.bearer(signedIn, request, response))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : body));
        String contentType = request.getContentType();
        if (contentType != null) {
            upstream.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        for (String header : COMMAND_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                upstream.header(header, value);
            }
        }
        return send(upstream.build(), "command-service");
    }

    /** The API's path and query: the raw (still encoded) rest of the console's, so nothing is decoded twice. */
    private static URI target(String api, String prefix, HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + prefix.length());
        String query = request.getQueryString();
        return URI.create(api + "/api" + rest + (query == null ? "" : "?" + query));
    }

    private CompletableFuture<ResponseEntity<byte[]>> send(HttpRequest upstream, String service) {
        return http.sendAsync(upstream, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(ApiRelay::answer)
                .exceptionally(failure -> {
                    // The path only: headers (the token) and bodies stay out of the log.
                    log.warn(
                            "{} did not answer {} {}: {}",
                            service,
                            upstream.method(),
                            upstream.uri().getRawPath(),
                            failure.getClass().getSimpleName());
                    return unavailable(service);
                });
    }

    private static ResponseEntity<byte[]> answer(HttpResponse<byte[]> upstream) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : ANSWER_HEADERS) {
            upstream.headers().allValues(name).forEach(value -> headers.add(name, value));
        }
        headers.setCacheControl("no-store");
        return ResponseEntity.status(upstream.statusCode()).headers(headers).body(upstream.body());
    }

    private static ResponseEntity<byte[]> unavailable(String service) {
        String body = "{\"type\":\"" + Problems.TYPE_PREFIX + "unavailable\",\"title\":\"Bad Gateway\",\"status\":502,"
                + "\"detail\":\"" + service + " did not answer; try again in a moment\"}";
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ExceptionHandler(SessionTokens.SignInAgain.class)
    ResponseEntity<ProblemDetail> signInAgain(SessionTokens.SignInAgain e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in again", e.getMessage()));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
