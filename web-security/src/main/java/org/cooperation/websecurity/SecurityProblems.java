package org.cooperation.websecurity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details. Spring's bearer-token handlers still set the status and the
 * {@code WWW-Authenticate} header (RFC 6750), so clients that read it keep working; this adds the
 * body. The detail names the claims {@link TokenRules} refused, as the client can read them in its
 * own token, but never repeats what else the decoder found (a key, a parser's message).
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final Problems problems;

    public SecurityProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        bearerEntryPoint.commence(request, response, e);
        List<TokenRules.ClaimError> failed = failedClaims(e);
        String detail;
        if (!failed.isEmpty()) {
            detail = "The bearer token was refused: "
                    + failed.stream().map(TokenRules.ClaimError::getDescription).collect(Collectors.joining("; "))
                    + ". Get a new one from the identity provider these services trust";
        } else if (e instanceof OAuth2AuthenticationException) {
            detail = "The bearer token is invalid or has expired; get a new one";
        } else {
            detail = "Send a bearer token: Authorization: Bearer <JWT>";
        }
        ProblemDetail problem =
                Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
        if (!failed.isEmpty()) {
            problem.setProperty(
                    "claims",
                    failed.stream().map(TokenRules.ClaimError::claim).distinct().toList());
        }
        problems.write(request, response, problem);
    }

    /** The claims {@link TokenRules} refused, found in the causes of the refusal; none for a bad signature. */
    private static List<TokenRules.ClaimError> failedClaims(AuthenticationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream()
                        .filter(TokenRules.ClaimError.class::isInstance)
                        .map(TokenRules.ClaimError.class::cast)
                        .toList();
            }
        }
        return List.of();
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        bearerAccessDenied.handle(request, response, e);
        problems.write(
                request,
                response,
                Problems.problem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "The roles in your token do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }
}
