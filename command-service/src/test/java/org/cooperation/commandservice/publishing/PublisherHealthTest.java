package org.cooperation.commandservice.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

@SuppressWarnings("unchecked")
class PublisherHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final PublisherSettings SETTINGS =
            new PublisherSettings(2, 2, 100, Duration.ZERO, Duration.ofMinutes(1));

    @Test
    void isUpWhileEverySegmentWasClaimedWithinTheMinute() {
        Health health = assess(
                List.of(
                        new PublisherSegments.Segment(0, "1@a", NOW.minusSeconds(1), 900L),
                        new PublisherSegments.Segment(1, "2@b", NOW.minus(Duration.ofMinutes(1)), 880L)),
                900);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("head", 900L).doesNotContainKey("problem");
        assertThat((List<Object>) health.getDetails().get("segments"))
                .containsExactly(
                        Map.of(
                                "segment",
                                0,
                                "owner",
                                "1@a",
                                "claimedAt",
                                "2026-11-21T11:59:59Z",
                                "position",
                                900L,
                                "behind",
                                0L),
                        Map.of(
                                "segment",
                                1,
                                "owner",
                                "2@b",
                                "claimedAt",
                                "2026-11-21T11:59:00Z",
                                "position",
                                880L,
                                "behind",
                                20L));
    }

    @Test
    void isDownWhenASegmentWentUnclaimedForLongerThanTheMinute() {
        Health health = assess(
                List.of(
                        new PublisherSegments.Segment(0, "1@a", NOW, 900L),
                        new PublisherSegments.Segment(
                                2, null, NOW.minus(Duration.ofMinutes(1)).minusMillis(1), 1L)),
                900);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("problem").toString())
                .isEqualTo(
                        "segments [2] have not been claimed for more than PT1M: their events are stored but not published");
    }

    @Test
    void isDownBeforeThePublisherHasStarted() {
        Health health = assess(List.of(), -1);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("problem").toString()).contains("has not started");
    }

    @Test
    void leavesOutThePositionOfATokenItCannotRead() {
        Health health = assess(List.of(new PublisherSegments.Segment(0, "1@a", NOW, null)), 5);

        assertThat((List<Object>) health.getDetails().get("segments"))
                .containsExactly(Map.of("segment", 0, "owner", "1@a", "claimedAt", "2026-11-21T12:00:00Z"));
    }

    private static Health assess(List<PublisherSegments.Segment> segments, long head) {
        Health.Builder health = new Health.Builder();
        PublisherHealth.assess(segments, head, NOW, SETTINGS, health);
        return health.build();
    }
}
