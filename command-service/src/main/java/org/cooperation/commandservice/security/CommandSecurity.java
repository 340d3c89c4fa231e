package org.cooperation.commandservice.security;

import org.cooperation.websecurity.Roles;
import org.cooperation.websecurity.ServiceSecurity;
import org.cooperation.websecurity.WebSecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the command service: only the secretariat sends commands. The rule covers every
 * method under {@code /api}, so that a secretariat's wrong method or media type is answered with
 * 405 or 415 rather than a puzzling 403. The other actuator endpoints (info, metrics) are for
 * the people who run the record, the secretariat; health stays open.
 */
@Configuration(proxyBeanMethods = false)
@Import(WebSecurityConfiguration.class)
public class CommandSecurity {

    @Bean
    public SecurityFilterChain commandSecurityFilterChain(HttpSecurity http, ServiceSecurity common) throws Exception {
        return common.build(
                http,
                rules -> rules
                        // The log's checkpoints, keys and proofs are hashes only: every reader may check them.
                        .requestMatchers(HttpMethod.GET, "/api/checkpoints/**", "/api/log/**")
                        .hasAnyRole(Roles.SECRETARIAT, Roles.AUDITOR, Roles.PARTNER)
                        // Auditors verify a history; starting the whole record's verification is the secretariat's.
                        .requestMatchers(
                                HttpMethod.GET, "/api/agreements/*/verification", "/api/admin/verifications/**")
                        .hasAnyRole(Roles.SECRETARIAT, Roles.AUDITOR)
                        .requestMatchers("/api/**")
                        .hasRole(Roles.SECRETARIAT)
                        .requestMatchers("/actuator/**")
                        .hasRole(Roles.SECRETARIAT));
    }
}
