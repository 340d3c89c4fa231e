package org.cooperation.commandservice.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.springframework.context.annotation.Configuration;

/**
 * One time limit per command: warned about after 10 s, interrupted after 60 s (Axon's defaults).
 * Axon's own timeout set-up ({@code axon.timeout.enabled}, switched off in application.yml) also
 * wraps every handler call, and each wrap records the thread's stack, so loading an agreement
 * recorded one stack per past event: the largest single cost of a command in the benchmark's profile.
 */
@Configuration(proxyBeanMethods = false)
class CommandTimeLimit {

    CommandTimeLimit(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new UnitOfWorkTimeoutInterceptor("command", 60_000, 10_000, 1_000));
    }
}
