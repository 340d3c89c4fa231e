package org.cooperation.queryservice.reading.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code calendar_feed} table. A feed's secret is 256 random bits, shown once and kept only as
 * its SHA-256, so that a copy of the table opens no calendar.
 */
@Repository
public class CalendarFeeds {

    /** Feeds one owner may hold at once: enough for every device, few enough to notice a leak. */
    static final int MAX_PER_OWNER = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public CalendarFeeds(
            JdbcClient jdbc, Clock clock, @Value("${agreements.calendar.feed-lifetime:P180D}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new feed and its secret. */
    public record Created(CalendarFeed feed, String secret) {}

    /** Makes a feed for {@code owner}, confined to {@code party} (null: every agreement); empty when the owner holds too many. */
    public Optional<Created> create(String owner, String party) {
        Instant now = clock.instant();
        long valid = jdbc.sql(
                        "SELECT count(*) FROM calendar_feed WHERE owner = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(owner, Timestamp.from(now))
                .query(Long.class)
                .single();
        if (valid >= MAX_PER_OWNER) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var feed = new CalendarFeed(UUID.randomUUID(), owner, party, now, now.plus(lifetime), null);
        jdbc.sql("""
                        INSERT INTO calendar_feed (feed_id, secret_hash, owner, party, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        feed.feedId(),
                        hash(secret),
                        owner,
                        party,
                        Timestamp.from(feed.createdAt()),
                        Timestamp.from(feed.expiresAt()))
                .update();
        return Optional.of(new Created(feed, secret));
    }

    /** The feeds of one owner, or of everyone when {@code owner} is null, newest first. */
    public List<CalendarFeed> list(String owner) {
        return jdbc.sql("""
                        SELECT feed_id, owner, party, created_at, expires_at, revoked_at FROM calendar_feed
                        WHERE CAST(? AS text) IS NULL OR owner = ? ORDER BY created_at DESC, feed_id
                        """).params(owner, owner).query((rs, row) -> feed(rs)).list();
    }

    /** Revokes a feed of {@code owner} (of anyone's when null); whether there was such a feed. */
    public boolean revoke(UUID feedId, String owner) {
        return jdbc.sql("""
                        UPDATE calendar_feed SET revoked_at = coalesce(revoked_at, ?)
                        WHERE feed_id = ? AND (CAST(? AS text) IS NULL OR owner = ?)
                        """)
                        .params(Timestamp.from(clock.instant()), feedId, owner, owner)
                        .update()
                == 1;
    }

    /** The valid feed this secret opens, if any. */
    public Optional<CalendarFeed> opened(String secret) {
        return jdbc.sql("SELECT feed_id, owner, party, created_at, expires_at, revoked_at FROM calendar_feed "
                        + "WHERE secret_hash = ?")
                .param(hash(secret))
                .query((rs, row) -> feed(rs))
                .optional()
                .filter(feed -> feed.validAt(clock.instant()));
    }

    private static CalendarFeed feed(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new CalendarFeed(
                rs.getObject("feed_id", UUID.class),
                rs.getString("owner"),
                rs.getString("party"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
