package org.cooperation.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String ISSUER = "https://login.example.org/realms/agreements";
    private static final String AUDIENCE = "cooperation-agreements";

    private final TokenRules rules =
            new TokenRules(ISSUER, AUDIENCE, Duration.ofHours(12), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsATokenOfTheIssuerForTheAudienceWithinTheMaximumLifetime() {
        assertThat(rules.validate(token().build()).hasErrors()).isFalse();
    }

    @Test
    void acceptsATokenForSeveralAudiencesAmongThemThisOne() {
        assertThat(rules.validate(token().audience(List.of("mail", AUDIENCE)).build())
                        .hasErrors())
                .isFalse();
    }

    @Test
    void acceptsALifetimeOfExactlyTheMaximum() {
        Jwt jwt = token().issuedAt(NOW.minusSeconds(10))
                .expiresAt(NOW.minusSeconds(10).plus(Duration.ofHours(12)))
                .build();

        assertThat(rules.validate(jwt).hasErrors()).isFalse();
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertThat(failedClaims(token().claims(claims -> claims.remove("exp")).build()))
                .containsExactly("exp");
    }

    @Test
    void refusesATokenWithoutIssuedAt() {
        assertThat(failedClaims(token().claims(claims -> claims.remove("iat")).build()))
                .containsExactly("iat");
    }

    @Test
    void refusesATokenValidForTenYears() {
        Jwt jwt = token().expiresAt(NOW.plus(Duration.ofDays(3650))).build();

        OAuth2TokenValidatorResult result = rules.validate(jwt);
        assertThat(failedClaims(jwt)).containsExactly("exp");
        assertThat(result.getErrors().iterator().next().getDescription()).contains("PT12H");
    }

    @Test
    void refusesALifetimeOneSecondBeyondTheMaximum() {
        Jwt jwt = token().issuedAt(NOW.minusSeconds(10))
                .expiresAt(NOW.minusSeconds(9).plus(Duration.ofHours(12)))
                .build();

        assertThat(failedClaims(jwt)).containsExactly("exp");
    }

    @Test
    void refusesAnExpiredTokenAfterTheClockSkew() {
        assertThat(failedClaims(token().issuedAt(NOW.minusSeconds(3600))
                        .expiresAt(NOW.minusSeconds(61))
                        .build()))
                .containsExactly("exp");
        assertThat(rules.validate(token().issuedAt(NOW.minusSeconds(3600))
                                .expiresAt(NOW.minusSeconds(59))
                                .build())
                        .hasErrors())
                .isFalse();
    }

    @Test
    void toleratesATokenIssuedSlightlyInTheFutureButNotMore() {
        assertThat(rules.validate(token().issuedAt(NOW.plusSeconds(59)).build()).hasErrors())
                .isFalse();
        assertThat(failedClaims(token().issuedAt(NOW.plusSeconds(120)).build())).containsExactly("iat");
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertThat(failedClaims(
                        token().issuer("https://login.example.org/realms/other").build()))
                .containsExactly("iss");
        assertThat(failedClaims(token().claims(claims -> claims.remove("iss")).build()))
                .containsExactly("iss");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertThat(failedClaims(token().audience(List.of("mail")).build())).containsExactly("aud");
        assertThat(failedClaims(token().claims(claims -> claims.remove("aud")).build()))
                .containsExactly("aud");
    }

    @Test
    void namesEveryClaimThatFailsButNeverWhatItExpected() {
        Jwt jwt = token().issuer("https://elsewhere")
                .audience(List.of("mail"))
                .claims(claims -> claims.remove("exp"))
                .build();

        OAuth2TokenValidatorResult result = rules.validate(jwt);
        assertThat(failedClaims(jwt)).containsExactlyInAnyOrder("iss", "aud", "exp");
        assertThat(result.getErrors()).allSatisfy(error -> {
            assertThat(error.getErrorCode()).isEqualTo("invalid_token");
            assertThat(error.getDescription()).doesNotContain(ISSUER, AUDIENCE).doesNotContain("\"", "\\");
        });
    }

    @Test
    void cannotBeMadeWithoutAnIssuerOrAnAudience() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new TokenRules(" ", AUDIENCE, Duration.ofHours(12), clock))
                .isInstanceOf(TokenRules.Unset.class)
                .hasMessageContaining("AGREEMENTS_TOKENS_ISSUER");
        assertThatThrownBy(() -> new TokenRules(ISSUER, "", Duration.ofHours(12), clock))
                .isInstanceOf(TokenRules.Unset.class)
                .hasMessageContaining("AGREEMENTS_TOKENS_AUDIENCE");
    }

    private List<String> failedClaims(Jwt jwt) {
        return rules.validate(jwt).getErrors().stream()
                .map(error -> ((TokenRules.ClaimError) error).claim())
                .toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject("maria")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(NOW.plus(Duration.ofHours(8)));
    }
}
