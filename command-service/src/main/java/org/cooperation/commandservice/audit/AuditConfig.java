package org.cooperation.commandservice.audit;

import org.cooperation.websecurity.Problems;
import org.cooperation.websecurity.WebSecurityConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AuditConfig {

    /** After authentication, before the body is read: even a refused body gets its correlation id back. */
    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter(Problems problems) {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter(problems));
        registration.setOrder(WebSecurityConfiguration.BODY_LIMIT_ORDER - 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
