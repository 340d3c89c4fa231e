package org.cooperation.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

class CallerTest {

    private final JwtAuthenticationConverter converter = new WebSecurityConfiguration().jwtAuthenticationConverter();

    @Test
    void readsSubjectClientRolesAndPartyFromTheToken() {
        Caller caller = Caller.of(converter.convert(
                token(Map.of("azp", "secretariat-desk", "roles", List.of("PARTNER"), "party", "JP-METI"))));

        assertThat(caller).isEqualTo(new Caller("maria", "secretariat-desk", java.util.Set.of("PARTNER"), "JP-METI"));
    }

    @Test
    void takesTheClientIdWhenTheIssuerNamesNoAuthorizedParty() {
        Caller caller = Caller.of(converter.convert(token(Map.of("client_id", "batch", "roles", List.of("AUDITOR")))));

        assertThat(caller.client()).isEqualTo("batch");
    }

    @Test
    void readsRolesGivenAsOneStringOfNames() {
        Caller caller = Caller.of(converter.convert(token(Map.of("roles", "AUDITOR SECRETARIAT"))));

        assertThat(caller.has(Roles.AUDITOR)).isTrue();
        assertThat(caller.has(Roles.SECRETARIAT)).isTrue();
        assertThat(caller.has(Roles.PARTNER)).isFalse();
    }

    @Test
    void ignoresScopesThatLookLikeRoles() {
        Caller caller = Caller.of(converter.convert(token(Map.of("scope", "SECRETARIAT", "roles", List.of()))));

        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void refusesACallerWithoutAVerifiedToken() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymous", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

        assertThatThrownBy(() -> Caller.of(anonymous)).isInstanceOf(IllegalStateException.class);
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("maria");
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
