package org.cooperation.queryservice.console;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A session signed in with a pasted token. Spring Security keeps no {@link JwtAuthenticationToken}
 * in a session (it is marked transient: a bearer token is sent with every request), so the
 * console's sign-in keeps this instead: the same verified token, roles and name.
 */
final class PastedToken extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final Jwt token;

    PastedToken(JwtAuthenticationToken verified) {
        super(verified.getAuthorities());
        this.token = verified.getToken();
        setAuthenticated(true);
    }

    Jwt token() {
        return token;
    }

    /** The token as the APIs see it. */
    JwtAuthenticationToken asBearer() {
        Collection<GrantedAuthority> authorities = getAuthorities();
        return new JwtAuthenticationToken(token, authorities, getName());
    }

    @Override
    public String getName() {
        return token.getSubject();
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return token.getSubject();
    }
}
