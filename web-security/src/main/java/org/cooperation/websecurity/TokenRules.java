package org.cooperation.websecurity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * What a signed token must also say before either service believes it: that the issuer these
 * services trust issued it ({@code iss}), for them ({@code aud}), when ({@code iat}) and until when
 * ({@code exp}), for no longer than the maximum lifetime. Spring Boot's decoder checks the
 * signature, and {@code exp} and {@code nbf} only when a token has them; a token without an expiry,
 * or one valid for years, would be good for ever once leaked.
 *
 * <p>Each refusal names its claim ({@link ClaimError}), so the 401 can say which one failed, and
 * never the expected value.
 */
public final class TokenRules implements OAuth2TokenValidator<Jwt> {

    /** As much as Spring's own expiry check allows, so the two never disagree. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** A refusal because of one claim. */
    public static final class ClaimError extends OAuth2Error {

        private final String claim;

        ClaimError(String claim, String description) {
            super(OAuth2ErrorCodes.INVALID_TOKEN, description, "https://tools.ietf.org/html/rfc6750#section-3.1");
            this.claim = claim;
        }

        public String claim() {
            return claim;
        }
    }

    /** A setting a service cannot start without. */
    public static final class Unset extends IllegalStateException {
        Unset(String message) {
            super(message);
        }
    }

    private final String issuer;
    private final String audience;
    private final Duration maxLifetime;
    private final Clock clock;

    public TokenRules(String issuer, String audience, Duration maxLifetime, Clock clock) {
        if (issuer == null || issuer.isBlank()) {
            throw new Unset("No token issuer is configured, so the iss claim of a token could not be checked. Set "
                    + "AGREEMENTS_TOKENS_ISSUER to the iss of your identity provider's tokens (implied by "
                    + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI). See README, \"Identity and access\".");
        }
        if (audience == null || audience.isBlank()) {
            throw new Unset("No token audience is configured. Set AGREEMENTS_TOKENS_AUDIENCE to the aud value your "
                    + "identity provider puts into tokens for these services. See README, \"Identity and access\".");
        }
        this.issuer = issuer.strip();
        this.audience = audience.strip();
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Instant now = clock.instant();
        List<OAuth2Error> errors = new ArrayList<>();
        if (!issuer.equals(jwt.getClaimAsString(JwtClaimNames.ISS))) {
            errors.add(new ClaimError(JwtClaimNames.ISS, "iss: not the issuer these services trust"));
        }
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            errors.add(new ClaimError(JwtClaimNames.AUD, "aud: the token is not meant for these services"));
        }
        Instant issuedAt = jwt.getIssuedAt();
        if (issuedAt == null) {
            errors.add(new ClaimError(JwtClaimNames.IAT, "iat: missing; a token must say when it was issued"));
        } else if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new ClaimError(
                    JwtClaimNames.IAT, "iat: the token says it was issued at " + issuedAt + ", in the future"));
        }
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            errors.add(new ClaimError(JwtClaimNames.EXP, "exp: missing; a token must say when it expires"));
        } else if (now.minus(CLOCK_SKEW).isAfter(expiresAt)) {
            // Spring's check refuses it too; this one names the claim.
            errors.add(new ClaimError(JwtClaimNames.EXP, "exp: the token expired at " + expiresAt));
        } else if (issuedAt != null && Duration.between(issuedAt, expiresAt).compareTo(maxLifetime) > 0) {
            errors.add(new ClaimError(
                    JwtClaimNames.EXP,
                    "exp: the token is valid for "
                            + Duration.between(issuedAt, expiresAt) + " from its iat, longer than the " + maxLifetime
                            + " these services accept"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }
}
