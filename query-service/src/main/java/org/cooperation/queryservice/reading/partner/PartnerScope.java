package org.cooperation.queryservice.reading.partner;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.websecurity.Caller;
import org.cooperation.websecurity.Roles;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Which agreements a caller may read. The secretariat and auditors read all of them. A partner
 * reads only the agreements its party belongs to, and only with a token that names a party.
 */
public final class PartnerScope {

    private static final Pattern PARTY = Pattern.compile(PartyCode.PATTERN);

    private PartnerScope() {}

    /** The party a caller's reading is confined to; empty when the caller reads everything. */
    public static Optional<PartyCode> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken)) {
            return Optional.empty();
        }
        Caller caller = Caller.of(authentication);
        if (readsEverything(caller) || !caller.has(Roles.PARTNER) || caller.party() == null) {
            return Optional.empty();
        }
        return Optional.of(PartyCode.of(caller.party()));
    }

    /** The party this request's reading is confined to; read on the request's own thread. */
    public static Optional<PartyCode> ofCaller() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Lets through whoever may read agreements at all; who sees which is decided per request. */
    public static AuthorizationManager<RequestAuthorizationContext> readers() {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation")
            public AuthorizationDecision check(
                    Supplier<Authentication> authentication, RequestAuthorizationContext request) {
                return new AuthorizationDecision(mayRead(authentication.get()));
            }
        };
    }

    private static boolean mayRead(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken)) {
            return false;
        }
        Caller caller = Caller.of(authentication);
        return readsEverything(caller)
                || (caller.has(Roles.PARTNER)
                        && caller.party() != null
                        && PARTY.matcher(caller.party()).matches());
    }

    private static boolean readsEverything(Caller caller) {
        return caller.has(Roles.SECRETARIAT) || caller.has(Roles.AUDITOR);
    }
}
