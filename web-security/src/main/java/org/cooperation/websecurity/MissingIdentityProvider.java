package org.cooperation.websecurity;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service told no identity provider refuses to start (it never runs open); this tells the
 * operator which setting is missing, in the words of README "Identity and access".
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MissingIdentityProvider extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        if (cause.getBeanType() == null || !JwtDecoder.class.isAssignableFrom(cause.getBeanType())) {
            return null;
        }
        return new FailureAnalysis(
                "No identity provider is configured, so no bearer token could be verified.",
                "Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI to your OpenID Connect issuer "
                        + "(or ..._JWK_SET_URI, or ..._PUBLIC_KEY_LOCATION for a PEM public key). "
                        + "See README, \"Identity and access\".",
                cause);
    }
}
