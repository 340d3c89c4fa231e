package org.cooperation.queryservice.security;

import org.cooperation.queryservice.reading.calendar.CalendarFeedController;
import org.cooperation.queryservice.reading.partner.AgreementMembership;
import org.cooperation.queryservice.reading.partner.PartnerAgreementScope;
import org.cooperation.queryservice.reading.partner.PartnerListScope;
import org.cooperation.queryservice.reading.partner.PartnerScope;
import org.cooperation.websecurity.Problems;
import org.cooperation.websecurity.Roles;
import org.cooperation.websecurity.ServiceSecurity;
import org.cooperation.websecurity.WebSecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may read what. Agreements and everything under them: the secretariat, auditors, and
 * partners for their own party's agreements ({@link PartnerListScope}, {@link PartnerAgreementScope}).
 * Any other read under {@code /api} (operational views such as dead letters): the secretariat and
 * auditors. Anything that changes something under {@code /api} (such as a rebuild of the read
 * models): the secretariat only, except calendar subscriptions, which every reader makes for
 * itself; a subscription's feed is read without a token, its secret being the credential. The
 * other actuator endpoints: the secretariat; health is open.
 */
@Configuration(proxyBeanMethods = false)
@Import(WebSecurityConfiguration.class)
public class QuerySecurity implements WebMvcConfigurer {

    private final AgreementMembership membership;

    public QuerySecurity(AgreementMembership membership) {
        this.membership = membership;
    }

    @Bean
    public SecurityFilterChain querySecurityFilterChain(HttpSecurity http, ServiceSecurity common) throws Exception {
        return common.build(
                http,
                rules -> rules.requestMatchers(HttpMethod.GET, PartnerListScope.LIST_PATHS.toArray(String[]::new))
                        .access(PartnerScope.readers())
                        .requestMatchers(CalendarFeedController.FEEDS, CalendarFeedController.FEEDS + "/*")
                        .access(PartnerScope.readers())
                        // A calendar client sends no token: the feed's secret, in its path, is the credential.
                        .requestMatchers(HttpMethod.GET, CalendarFeedController.FEED_PREFIX + "*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PartnerAgreementScope.PREFIX + "**")
                        .access(PartnerScope.readers())
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(Roles.SECRETARIAT, Roles.AUDITOR)
                        .requestMatchers("/api/**")
                        .hasRole(Roles.SECRETARIAT)
                        .requestMatchers("/actuator/**")
                        .hasRole(Roles.SECRETARIAT));
    }

    /** Right after authentication, before anything reads the query's parameters. */
    @Bean
    public FilterRegistrationBean<PartnerListScope> partnerListScope(Problems problems) {
        FilterRegistrationBean<PartnerListScope> registration =
                new FilterRegistrationBean<>(new PartnerListScope(problems));
        registration.setOrder(WebSecurityConfiguration.BODY_LIMIT_ORDER - 10);
        registration.addUrlPatterns(PartnerListScope.LIST_PATHS.toArray(String[]::new));
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PartnerAgreementScope(membership))
                .addPathPatterns(PartnerAgreementScope.PREFIX + "**");
    }
}
