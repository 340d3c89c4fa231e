package org.cooperation.queryservice.reading.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A calendar subscription, without its secret (which only its creation's answer shows).
 *
 * @param owner     the subject of the token that made it
 * @param party     the party it is confined to (a partner's); null: every agreement
 * @param revokedAt null while it is valid
 */
public record CalendarFeed(
        UUID feedId, String owner, String party, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
