package org.cooperation.queryservice.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfig {

    /** "Today" for overdue meetings; tests replace it. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
