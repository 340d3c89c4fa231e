package org.cooperation.queryservice.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.websecurity.Caller;
import org.cooperation.websecurity.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, and signing in with a token where no OIDC provider is at hand.
 *
 * <p>The token sign-in takes what {@code ./token} prints, in a request body (never a URL), checks
 * it exactly as the APIs do (signature, issuer, audience, lifetime), and keeps it in the session
 * under a new session id. It is off unless {@code agreements.console.token-sign-in} is true: in
 * production people sign in through the provider, and a pasted token would teach them to copy
 * credentials around.
 */
@RestController
public class SignIn {

    static final String PAGE = ConsoleSecurity.PREFIX + "/sign-in";
    static final String SIGN_OUT = ConsoleSecurity.PREFIX + "/sign-out";
    static final String SESSION = ConsoleSecurity.PREFIX + "/api/session";
    static final String OIDC_AUTHORIZATION = ConsoleSecurity.PREFIX + "/oauth2/authorization";
    static final String OIDC_REDIRECT = ConsoleSecurity.PREFIX + "/oauth2/code";

    private final boolean tokenSignIn;
    private final JwtDecoder tokens;
    private final JwtAuthenticationConverter authentication;
    private final SessionTokens sessionTokens;
    private final HttpSessionSecurityContextRepository sessions;
    private final HttpSessionCsrfTokenRepository csrfTokens;
    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final Clock businessClock;

    public SignIn(
            @Value("${agreements.console.token-sign-in:false}") boolean tokenSignIn,
            JwtDecoder tokens,
            JwtAuthenticationConverter authentication,
            SessionTokens sessionTokens,
            HttpSessionSecurityContextRepository consoleSessions,
            HttpSessionCsrfTokenRepository consoleCsrfTokens,
            ObjectProvider<ClientRegistrationRepository> oidc,
            Clock clock) {
        this.tokenSignIn = tokenSignIn;
        this.tokens = tokens;
        this.authentication = authentication;
        this.sessionTokens = sessionTokens;
        this.sessions = consoleSessions;
        this.csrfTokens = consoleCsrfTokens;
        this.oidc = oidc;
        this.businessClock = clock;
    }

    /** The pasted token; a record, so that a misspelt property is refused like any other body's. */
    public record TokenSignIn(String token) {}

    /**
     * Who the session is (from the token it would send), the CSRF token the console's scripts send
     * back with each change, the ways to sign in, and today's business date.
     */
    @GetMapping(path = SESSION, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> session(
            HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        Caller caller = signedIn == null ? null : sessionTokens.caller(signedIn, request, response);
        answer.put("signedIn", caller != null);
        if (caller != null) {
            answer.put("subject", caller.subject());
            answer.put("roles", caller.roles().stream().sorted().toList());
            if (caller.party() != null) {
                answer.put("party", caller.party());
            }
        }
        answer.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
        answer.put("signInWith", signInMethods());
        // The business calendar's today, as the services judge "overdue" and "in the future".
        answer.put("today", LocalDate.now(businessClock).toString());
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(answer);
    }

    private List<Map<String, String>> signInMethods() {
        List<Map<String, String>> methods = new ArrayList<>();
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                methods.add(Map.of(
                        "kind",
                        "oidc",
                        "name",
                        registration.getClientName(),
                        "href",
                        OIDC_AUTHORIZATION + "/" + registration.getRegistrationId()));
            }
        }
        if (tokenSignIn) {
            methods.add(Map.of("kind", "token", "name", "a token the services trust (./token ROLE)"));
        }
        return methods;
    }

    @PostMapping(path = PAGE, consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> signInWithToken(
            @RequestBody TokenSignIn body, HttpServletRequest request, HttpServletResponse response) {
        if (!tokenSignIn) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.problem(
                            HttpStatus.NOT_FOUND,
                            "not-found",
                            "Not Found",
                            "Signing in with a token is off here; sign in through the identity provider"));
        }
        if (body.token() == null || body.token().isBlank()) {
            return refused(
                    HttpStatus.BAD_REQUEST, "token", "required", "Paste a token, such as ./token AUDITOR prints");
        }
        PastedToken verified;
        try {
            verified = new PastedToken((JwtAuthenticationToken)
                    authentication.convert(tokens.decode(body.token().strip())));
        } catch (JwtException e) {
            // The reason stays out of the log and the answer: it may quote the token.
            return refused(
                    HttpStatus.UNAUTHORIZED,
                    "token",
                    "token-refused",
                    "The token was refused: its signature, issuer, audience or lifetime is not what these services trust");
        }
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(verified);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        // A new CSRF token for the signed-in session, as Spring Security makes after any sign-in.
        csrfTokens.saveToken(null, request, response);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String field, String rule, String detail) {
        ProblemDetail problem = Problems.problem(
                status,
                status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "invalid-request",
                status.getReasonPhrase(),
                detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "message", detail)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
