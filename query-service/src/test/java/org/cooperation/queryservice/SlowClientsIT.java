package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Slow clients do not starve the others: a read waiting for its version holds no worker thread,
 * and a body that trickles in is cut off. Tomcat has four worker threads here.
 */
@TestPropertySource(
        properties = {
            "server.tomcat.threads.max=4",
            "server.tomcat.threads.min-spare=1",
            "server.tomcat.connection-timeout=2s",
            "agreements.http.max-body-time=2s"
        })
class SlowClientsIT extends QueryServiceIT {

    private static final int WAITING_READS = 16;

    @Test
    void answersAnOrdinaryReadWhileMoreReadsWaitForTheirVersionThanThereAreThreads() throws Exception {
        publish(Events.signed("slow-waited-for"), 0);
        awaitJson("/api/agreements/slow-waited-for", body -> body.has("agreement"));
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> waiting = IntStream.range(0, WAITING_READS)
                .mapToObj(i -> client.sendAsync(
                        HttpRequest.newBuilder(
                                        URI.create(http.getRootUri() + "/api/agreements/slow-waited-for?minVersion=1"))
                                .header("Authorization", "Bearer " + READER_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        Thread.sleep(500);

        long asked = System.nanoTime();
        ResponseEntity<String> ordinary = get("/api/agreements/slow-waited-for");
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        publish(Events.fieldAdded("slow-waited-for", "Robotics"), 1);

        assertThat(ordinary.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        for (CompletableFuture<HttpResponse<String>> read : waiting) {
            HttpResponse<String> answer = read.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(answer.body());
            assertThat(body.get("agreement").get("version").asLong()).isEqualTo(1);
        }
    }

    @Test
    void cutsOffABodyThatTricklesInPastTheTimeLimit() throws Exception {
        URI root = URI.create(http.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/admin/rebuild HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + READER_TOKEN
                            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
                    .getBytes(US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            // A byte every half second: never a pause as long as the connection timeout, never done.
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (Exception closed) {
                    // the server has cut the connection, as it should
                }
            });

            String answer = new String(in.readNBytes(12), US_ASCII);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            trickle.cancel(true);

            assertThat(answer).isEqualTo("HTTP/1.1 408");
            assertThat(took).isLessThan(Duration.ofSeconds(6));
        }
    }
}
