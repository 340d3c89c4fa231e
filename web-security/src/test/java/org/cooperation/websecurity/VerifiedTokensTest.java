package org.cooperation.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    private Instant expiresAt = NOW.plus(Duration.ofHours(1));
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(this::decode, clock);

    @Test
    void verifiesARepeatedTokenOnce() {
        Jwt first = tokens.decode("a");
        Jwt second = tokens.decode("a");

        assertThat(second).isSameAs(first);
        assertThat(decoded).containsExactly("a");
    }

    @Test
    void verifiesEachDifferentTokenItself() {
        tokens.decode("a");
        tokens.decode("b");

        assertThat(decoded).containsExactly("a", "b");
    }

    @Test
    void verifiesAgainFromTheInstantTheTokenExpires() {
        expiresAt = NOW.plusSeconds(60);
        tokens.decode("a");

        clock.now = NOW.plusSeconds(59);
        tokens.decode("a");
        assertThat(decoded).containsExactly("a");

        clock.now = NOW.plusSeconds(60);
        tokens.decode("a");
        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void verifiesALongLivedTokenAgainAfterFiveMinutes() {
        tokens.decode("a");

        clock.now = NOW.plus(VerifiedTokens.REVERIFY_AFTER).minusMillis(1);
        tokens.decode("a");
        assertThat(decoded).containsExactly("a");

        clock.now = NOW.plus(VerifiedTokens.REVERIFY_AFTER);
        tokens.decode("a");
        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void neverRemembersARefusedToken() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged", "forged");
    }

    @Test
    void neverRemembersATokenAcceptedAfterItsExpiry() {
        // The wrapped decoder may accept a token a little after its expiry (clock skew).
        expiresAt = NOW.minusSeconds(10);
        tokens.decode("a");
        tokens.decode("a");

        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void startsAfreshWhenFull() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.decode("t" + i);
        }
        tokens.decode("one-too-many");
        tokens.decode("t0");

        assertThat(decoded).hasSize(VerifiedTokens.CAPACITY + 2);
    }

    private Jwt decode(String token) {
        decoded.add(token);
        if (token.equals("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("maria")
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .build();
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
