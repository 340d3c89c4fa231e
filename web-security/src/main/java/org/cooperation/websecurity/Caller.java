package org.cooperation.websecurity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sent a request, as its verified token says: the subject, the client tool the token was
 * issued to ({@code azp}, or {@code client_id} as some issuers name it), the roles and, for a
 * partner, the party.
 */
public record Caller(String subject, String client, Set<String> roles, String party) {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no verified bearer token on this request");
        }
        Set<String> roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        String client = token.getToken().getClaimAsString("azp");
        if (client == null) {
            client = token.getToken().getClaimAsString("client_id");
        }
        return new Caller(token.getName(), client, roles, token.getToken().getClaimAsString(Roles.PARTY_CLAIM));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
