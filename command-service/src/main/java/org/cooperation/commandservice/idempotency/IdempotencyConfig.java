package org.cooperation.commandservice.idempotency;

import java.time.Clock;
import org.axonframework.common.transaction.TransactionManager;
import org.cooperation.websecurity.Problems;
import org.cooperation.websecurity.WebSecurityConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
@EnableScheduling
public class IdempotencyConfig {

    /** After the body size limit, which keeps the body in memory for the fingerprint. */
    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyKeys keys,
            TransactionManager transactions,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver,
            Problems problems,
            IdempotencySettings settings,
            Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(keys, transactions, exceptionResolver, problems, settings, clock));
        registration.setOrder(WebSecurityConfiguration.BODY_LIMIT_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
