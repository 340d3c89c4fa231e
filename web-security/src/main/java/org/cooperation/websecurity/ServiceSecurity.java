package org.cooperation.websecurity;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security both services share: stateless bearer-token authentication, problem details for
 * 401 and 403, a few open paths, and everything a service does not name explicitly closed.
 *
 * <p>Open without a token: the health endpoint (for load balancers and the local launcher), the
 * error page (it only renders the error of a request that was already let through or refused),
 * and the OpenAPI description and its UI: they describe the public contract, hold no data, and
 * the UI has to load before a user can paste a token into it.
 */
public class ServiceSecurity {

    /** Paths anyone may read; the error page is open to every method, as errors of any request land there. */
    public static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    private final SecurityProblems problems;
    private final JwtAuthenticationConverter tokens;

    public ServiceSecurity(SecurityProblems problems, JwtAuthenticationConverter tokens) {
        this.problems = problems;
        this.tokens = tokens;
    }

    /**
     * Builds the filter chain: the open paths, then the service's own rules, then a refusal of
     * anything else, so that an endpoint added later is closed until someone decides who may use it.
     */
    public SecurityFilterChain build(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return http
                // Bearer tokens are sent by the client on each request, never by a browser on its own,
                // so there is no cross-site request to forge and no session to keep.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(HttpMethod.GET, OPEN_PATHS).permitAll();
                    authorize.requestMatchers("/error").permitAll();
                    rules.customize(authorize);
                    authorize.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
