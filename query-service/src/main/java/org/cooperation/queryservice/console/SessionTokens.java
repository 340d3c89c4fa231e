package org.cooperation.queryservice.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.cooperation.websecurity.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * The bearer token a signed-in session sends to the APIs: the pasted token itself, or the access
 * token the OIDC login obtained (refreshed by Spring Security when it has a refresh token). It is
 * read from the session on the server and never written to the browser, a URL or a log.
 */
@Component
public class SessionTokens {

    private final JwtDecoder tokens;
    private final JwtAuthenticationConverter authentication;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients;
    private final Clock clock = Clock.systemUTC();
    private volatile DefaultOAuth2AuthorizedClientManager manager;

    public SessionTokens(
            JwtDecoder tokens,
            JwtAuthenticationConverter authentication,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients) {
        this.tokens = tokens;
        this.authentication = authentication;
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
    }

    /** Thrown when the session holds no usable token (it expired, or the provider refused a refresh). */
    public static class SignInAgain extends RuntimeException {
        SignInAgain(String message) {
            super(message);
        }
    }

    /** The token to send as {@code Authorization: Bearer}. */
    public String bearer(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        if (signedIn instanceof PastedToken pasted) {
            Instant expires = pasted.token().getExpiresAt();
            if (expires != null && !expires.isAfter(clock.instant())) {
                throw new SignInAgain("The token this session signed in with has expired; sign in again");
            }
            return pasted.token().getTokenValue();
        }
        if (signedIn instanceof OAuth2AuthenticationToken login) {
            OAuth2AuthorizedClient client = manager()
                    .authorize(
                            OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                                    .principal(login)
                                    .attribute(HttpServletRequest.class.getName(), request)
                                    .attribute(HttpServletResponse.class.getName(), response)
                                    .build());
            if (client == null || client.getAccessToken() == null) {
                throw new SignInAgain("The identity provider gave this session no access token; sign in again");
            }
            return client.getAccessToken().getTokenValue();
        }
        throw new SignInAgain("Sign in first");
    }

    /**
     * Who the session is, as the APIs will see it: the roles and party of the token it sends; null
     * when it has none that is still valid.
     */
    public Caller caller(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        try {
            String bearer = bearer(signedIn, request, response);
            return signedIn instanceof PastedToken pasted
                    ? Caller.of(pasted.asBearer())
                    : Caller.of(authentication.convert(tokens.decode(bearer)));
        } catch (JwtException | SignInAgain e) {
            return null;
        }
    }

    private DefaultOAuth2AuthorizedClientManager manager() {
        if (manager == null) {
            DefaultOAuth2AuthorizedClientManager made =
                    new DefaultOAuth2AuthorizedClientManager(registrations.getObject(), authorizedClients.getObject());
            made.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode()
                    .refreshToken()
                    .build());
            manager = made;
        }
        return manager;
    }
}
