package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A client that got version N from a command reads at least N, or is told the read model is behind. */
class ReadYourWritesIT extends QueryServiceIT {

    /** The service's default bound on the wait, {@code agreements.read-your-writes.max-wait}. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    @Test
    void answersAsSoonAsTheProjectionHasTheVersionAskedFor() throws Exception {
        publish(Events.signed("ryw-written"), 0);
        awaitJson("/api/agreements/ryw-written", body -> body.has("agreement"));
        CompletableFuture<ResponseEntity<String>> read =
                CompletableFuture.supplyAsync(() -> get("/api/agreements/ryw-written?minVersion=1"));
        Thread.sleep(300);
        assertThat(read).isNotDone();

        long published = System.nanoTime();
        publish(Events.fieldAdded("ryw-written", "Robotics"), 1);
        ResponseEntity<String> answer = read.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody())
                        .get("agreement")
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(MAX_WAIT);
    }

    @Test
    void waitsForAnAgreementTheProjectionHasNotSeenYet() throws Exception {
        CompletableFuture<ResponseEntity<String>> read =
                CompletableFuture.supplyAsync(() -> get("/api/agreements/ryw-new?minVersion=0"));
        Thread.sleep(300);
        publish(Events.signed("ryw-new"), 0);

        ResponseEntity<String> answer = read.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody())
                        .get("agreement")
                        .get("agreementId")
                        .asText())
                .isEqualTo("ryw-new");
    }

    @Test
    void answersStaleWithRetryAfterWhenTheVersionDoesNotArriveInTime() throws Exception {
        publish(Events.signed("ryw-stale"), 0);
        awaitJson("/api/agreements/ryw-stale", body -> body.has("agreement"));

        long asked = System.nanoTime();
        ResponseEntity<String> answer = get("/api/agreements/ryw-stale?minVersion=3");
        Duration waited = Duration.ofNanos(System.nanoTime() - asked);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("urn:cooperation-agreements:problem:stale");
        assertThat(problem.get("minVersion").asLong()).isEqualTo(3);
        assertThat(problem.get("currentVersion").asLong()).isZero();
        assertThat(waited).isBetween(MAX_WAIT.minusMillis(100), MAX_WAIT.plusSeconds(3));
    }

    @Test
    void waitsOnTheHistoryAndTheMeetingsToo() throws Exception {
        CompletableFuture<ResponseEntity<String>> history =
                CompletableFuture.supplyAsync(() -> get("/api/agreements/ryw-history/history?minVersion=1"));
        CompletableFuture<ResponseEntity<String>> meetings =
                CompletableFuture.supplyAsync(() -> get("/api/agreements/ryw-history/meetings?minVersion=1"));
        publish(Events.signed("ryw-history"), 0);
        publish(Events.meeting("ryw-history", "2017-03-19", "DE", "Hannover"), 1);

        assertThat(json.readTree(history.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS)
                                .getBody())
                        .get("events")
                        .size())
                .isEqualTo(2);
        assertThat(json.readTree(meetings.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS)
                                .getBody())
                        .get("meetings")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void refusesANegativeVersion() throws Exception {
        ResponseEntity<String> answer = get("/api/agreements/ryw-written?minVersion=-1");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("minVersion");
    }
}
