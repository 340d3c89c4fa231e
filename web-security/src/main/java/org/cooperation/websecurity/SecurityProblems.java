package org.cooperation.websecurity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details. Spring's bearer-token handlers still set the status and the
 * {@code WWW-Authenticate} header (RFC 6750), so clients that read it keep working; this adds the
 * body. The detail never repeats what the token decoder found, only what the client can do.
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
        String detail = e instanceof OAuth2AuthenticationException
                ? "The bearer token is invalid or has expired; get a new one"
                : "Send a bearer token: Authorization: Bearer <JWT>";
        problems.write(request, response,
                Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        bearerAccessDenied.handle(request, response, e);
        problems.write(request, response, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The roles in your token do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }
}
