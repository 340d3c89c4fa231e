package org.cooperation.commandservice.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/publisher}: down when a segment of the publisher has gone unclaimed by
 * every instance for longer than {@link PublisherSettings#unattendedAfter()}. The events of that
 * segment are stored but not reaching Kafka: the broker is unreachable, or no instance runs
 * enough threads for the store's segments. A claimed segment's claim is renewed at least every
 * second, even when there is nothing to publish.
 */
@Component("publisher")
class PublisherHealth extends AbstractHealthIndicator {

    private final PublisherSegments segments;
    private final PublisherSettings settings;
    private final Clock clock;

    PublisherHealth(PublisherSegments segments, PublisherSettings settings) {
        super("the publisher's segments could not be read");
        this.segments = segments;
        this.settings = settings;
        // Axon stamps claims with the system clock, not the service's business clock (agreements.clock.offset).
        this.clock = Clock.systemUTC();
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        assess(segments.all(), segments.head(), clock.instant(), settings, health);
    }

    static void assess(
            List<PublisherSegments.Segment> all,
            long head,
            Instant now,
            PublisherSettings settings,
            Health.Builder health) {
        Instant unattendedBefore = now.minus(settings.unattendedAfter());
        List<Integer> unattended = all.stream()
                .filter(segment -> segment.claimedAt().isBefore(unattendedBefore))
                .map(PublisherSegments.Segment::segment)
                .toList();
        List<Map<String, Object>> details =
                all.stream().map(segment -> details(segment, head)).toList();
        health.status(unattended.isEmpty() && !all.isEmpty() ? Status.UP : Status.DOWN)
                .withDetail("head", head)
                .withDetail("segments", details);
        if (all.isEmpty()) {
            health.withDetail("problem", "the publisher holds no segments yet: it has not started");
        } else if (!unattended.isEmpty()) {
            health.withDetail(
                    "problem",
                    "segments " + unattended + " have not been claimed for more than " + settings.unattendedAfter()
                            + ": their events are stored but not published");
        }
    }

    private static Map<String, Object> details(PublisherSegments.Segment segment, long head) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("segment", segment.segment());
        details.put("owner", segment.owner());
        details.put("claimedAt", segment.claimedAt().toString());
        if (segment.position() != null) {
            details.put("position", segment.position());
            details.put("behind", Math.max(0, head - segment.position()));
        }
        return details;
    }
}
