package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.reading.history.HistoryController.HistoryPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page after a full one is read ahead while the full one is sent; the client's request for it
 * takes it only while the agreement's version is still the one it was read at.
 */
class HistoryReadAheadIT extends QueryServiceIT {

    private static final String READ_AHEAD = "history.pages.read.ahead";

    @Autowired
    HistoryRepository history;

    @Autowired
    MeterRegistry meters;

    @Test
    void servesTheNextPageReadWhileTheOneBeforeWasSent() throws Exception {
        String id = "history-read-ahead";
        recordFiveEvents(id);
        double used = count("used");

        get("/api/agreements/" + id + "/history?size=2");
        String second = get("/api/agreements/" + id + "/history?size=2&after=1").getBody();

        assertThat(second)
                .isEqualTo(json.writeValueAsString(
                        new HistoryPage(id, history.recordedBy(id, null).subList(2, 4), 3L)));
        assertThat(count("used")).isEqualTo(used + 1);
    }

    @Test
    void holdsNoPageOnceItIsTaken() throws Exception {
        String id = "history-read-ahead-walked";
        recordFiveEvents(id);
        // A page another test read ahead and never asked for is held until its 10 s have passed.
        await().atMost(Duration.ofSeconds(15)).until(() -> held() == 0);
        double used = count("used");

        // Pages of 2: the first and the second are full, so the second and the third are read ahead and taken.
        get("/api/agreements/" + id + "/history?size=2");
        get("/api/agreements/" + id + "/history?size=2&after=1");
        get("/api/agreements/" + id + "/history?size=2&after=3");

        assertThat(count("used")).isEqualTo(used + 2);
        assertThat(held())
                .as("pages held by the read-ahead, or by a drop waiting for its time, after every page was taken")
                .isZero();
    }

    @Test
    void readsThePageAgainWhenTheAgreementChangedSinceItWasReadAhead() throws Exception {
        String id = "history-read-ahead-stale";
        recordFiveEvents(id);
        double read = count("read");
        double stale = count("stale");
        get("/api/agreements/" + id + "/history?size=2");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("read") > read);

        // The second page's first entry is retracted after that page was read ahead.
        publish(
                new FactRetracted(
                        AgreementId.of(id),
                        2,
                        "FieldOfCooperationAdded",
                        LocalDate.parse("2017-03-19"),
                        "entered twice"),
                5);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 5);
        JsonNode second = json.readTree(
                get("/api/agreements/" + id + "/history?size=2&after=1").getBody());

        assertThat(second.path("events")
                        .path(0)
                        .path("retractedBy")
                        .path("sequence")
                        .asLong())
                .as("the retraction recorded after the page was read ahead")
                .isEqualTo(5);
        assertThat(count("stale")).isEqualTo(stale + 1);
    }

    private void recordFiveEvents(String id) throws Exception {
        publish(Events.signed(id), 0);
        for (int sequence = 1; sequence < 5; sequence++) {
            publish(Events.fieldAdded(id, "Field " + sequence), sequence);
        }
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 4);
    }

    private double held() {
        return meters.get(READ_AHEAD + ".held").gauge().value();
    }

    private double count(String outcome) {
        return meters.counter(READ_AHEAD, "outcome", outcome).count();
    }
}
