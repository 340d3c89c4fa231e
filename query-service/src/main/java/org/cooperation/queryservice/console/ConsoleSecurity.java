package org.cooperation.queryservice.console;

import org.cooperation.websecurity.Roles;
import org.cooperation.websecurity.SecurityProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The console's own filter chain, before the API's: a browser keeps a session (a cookie that is
 * HttpOnly and SameSite=Lax), so every change it asks for carries a CSRF token, and every page is
 * served with a Content-Security-Policy that allows script and style from this origin only.
 *
 * <p>People sign in through the OIDC provider (Spring Security's authorization-code login) when a
 * client registration is configured ({@code spring.security.oauth2.client.registration.*}), and
 * with a token the services trust when {@code agreements.console.token-sign-in} is on (the local
 * run, which has no provider). Either way the session holds a token, and {@link ApiRelay} sends it.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurity {

    public static final String PREFIX = "/console";

    /**
     * No inline script or style, nothing from elsewhere; {@code data:} images for the SVG's
     * downloads only; no framing (clickjacking) and no form posted elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    public HttpSessionCsrfTokenRepository consoleCsrfTokens() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    public HttpSessionSecurityContextRepository consoleSessions() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityFilterChain consoleSecurityFilterChain(
            HttpSecurity http,
            SecurityProblems problems,
            HttpSessionCsrfTokenRepository consoleCsrfTokens,
            HttpSessionSecurityContextRepository consoleSessions,
            ObjectProvider<ClientRegistrationRepository> oidc)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(PREFIX, PREFIX + "/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, PREFIX + "/assets/**", SignIn.PAGE, SignIn.SESSION)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, SignIn.PAGE)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, ApiRelay.COMMANDS + "/**")
                        .hasRole(Roles.SECRETARIAT)
                        .requestMatchers(
                                HttpMethod.GET,
                                PREFIX,
                                PREFIX + "/",
                                PREFIX + "/agreements/*",
                                ApiRelay.QUERIES + "/**",
                                ApiRelay.COMMAND_CONTRACT)
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, SignIn.SIGN_OUT)
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.csrfTokenRepository(consoleCsrfTokens))
                .securityContext(context -> context.securityContextRepository(consoleSessions))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(logout -> logout.logoutRequestMatcher(path.matcher(HttpMethod.POST, SignIn.SIGN_OUT))
                        .logoutSuccessUrl(SignIn.PAGE + "?signed-out"))
                .exceptionHandling(exceptions -> exceptions
                        // The console's scripts get a problem detail; a person opening a page, the sign-in page.
                        .defaultAuthenticationEntryPointFor(problems, path.matcher(PREFIX + "/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SignIn.PAGE), path.matcher(PREFIX + "/**"))
                        .accessDeniedHandler(problems));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(SignIn.PAGE)
                    .authorizationEndpoint(endpoint -> endpoint.baseUri(SignIn.OIDC_AUTHORIZATION))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(SignIn.OIDC_REDIRECT + "/*"))
                    .defaultSuccessUrl(PREFIX, true)
                    .failureUrl(SignIn.PAGE + "?failed"));
        }
        return http.build();
    }
}
