package org.cooperation.websecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Imported by each service's security configuration. The token decoder itself is Spring Boot's,
 * configured by the standard properties (issuer, JWK set or public key: see README "Identity").
 */
@Configuration(proxyBeanMethods = false)
@Import({ProblemErrorController.class, ParameterProblems.class, StrictParameters.class, UnknownPaths.class})
public class WebSecurityConfiguration implements WebMvcConfigurer {

    /** Runs after Spring Security's filter chain (order -100), so that a refused caller's body is never read. */
    public static final int BODY_LIMIT_ORDER = 0;

    /** Every service's token decoder remembers the tokens it has verified (see {@link VerifiedTokens}). */
    @Bean
    public static BeanPostProcessor rememberVerifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC())
                        : bean;
            }
        };
    }

    /**
     * What a token must say (issuer, audience, issued-at, expiry and at most this lifetime) besides
     * its signature. Spring Boot adds every such validator bean to the decoder it builds. Lazy, so
     * that it is made only for a decoder: a service told no identity provider at all still fails
     * with {@link MissingIdentityProvider}'s advice first. The issuer defaults to the OIDC issuer URI.
     */
    @Bean
    @Lazy
    public TokenRules tokenRules(
            @Value("${agreements.tokens.issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}}")
                    String issuer,
            @Value("${agreements.tokens.audience:cooperation-agreements}") String audience,
            @Value("${agreements.tokens.max-lifetime:PT12H}") Duration maxLifetime) {
        return new TokenRules(issuer, audience, maxLifetime, Clock.systemUTC());
    }

    /**
     * No observation (metrics, tracing) of each of Spring Security's filters: wrapping every
     * filter of every request was a visible share of a command's CPU in the benchmark's profile, and the request as a
     * whole is still observed ({@code http.server.requests}).
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public Problems problems(ObjectMapper json) {
        return new Problems(json);
    }

    @Bean
    public SecurityProblems securityProblems(Problems problems) {
        return new SecurityProblems(problems);
    }

    /** Spring Security picks this up for what its firewall refuses. */
    @Bean
    public RejectedRequests rejectedRequests(Problems problems) {
        return new RejectedRequests(problems);
    }

    /** Roles come from the {@code roles} claim and become authorities {@code ROLE_<name>}. */
    @Bean
    public JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Roles.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    @Bean
    public ServiceSecurity serviceSecurity(SecurityProblems problems, JwtAuthenticationConverter tokens) {
        return new ServiceSecurity(problems, tokens);
    }

    /**
     * 256 KiB by default: the largest legitimate body (an agreement with 50 parties and 100 fields
     * of cooperation at their length limits, in UTF-8) stays under 200 KiB.
     */
    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(
            @Value("${agreements.http.max-body-size:256KB}") DataSize limit, Problems problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit.toBytes(), problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    /** Around the body size limit, whose reading of the body it bounds in time. */
    @Bean
    public FilterRegistrationBean<BodyTimeLimitFilter> bodyTimeLimit(
            @Value("${agreements.http.max-body-time:10s}") Duration limit, Problems problems) {
        FilterRegistrationBean<BodyTimeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyTimeLimitFilter(limit, problems));
        registration.setOrder(BODY_LIMIT_ORDER - 1);
        return registration;
    }

    /**
     * No endpoint of either service takes a multipart body, so none is parsed as one: such a body is
     * refused with 415 like any other media type no endpoint takes. (Parsing it could only fail, since
     * the body size limit has already read the stream, and it would spool parts to disk.)
     */
    @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    public MultipartResolver noMultipartBodies() {
        return new MultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return false;
            }

            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
                throw new UnsupportedOperationException("no endpoint takes a multipart body");
            }

            @Override
            public void cleanupMultipart(MultipartHttpServletRequest request) {
                // Nothing was resolved, so there is nothing to clean up.
            }
        };
    }

    /**
     * Replaces the error report valve Spring Boot gives Tomcat (an HTML page) with one that writes
     * a problem detail; the host is told its class, so that it does not add an HTML one back.
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters()).addPathPatterns("/api/**");
    }
}
