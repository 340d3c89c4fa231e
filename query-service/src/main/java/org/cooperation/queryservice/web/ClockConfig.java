package org.cooperation.queryservice.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfig {

    /**
     * "Today" for overdue meetings and for the latest business date a reader may ask about. It is
     * the command side's today: the same settings (BUSINESS_ZONE, CLOCK_OFFSET), so that a meeting
     * falls overdue, and an expiry is recorded, on the same day in both services. In UTC, a reader
     * in Tokyo could not ask about their own today until 09:00.
     */
    @Bean
    public Clock clock(@Value("${agreements.business-zone:UTC}") ZoneId businessZone,
                       @Value("${agreements.clock.offset:PT0S}") Duration offset) {
        return Clock.offset(Clock.system(businessZone), offset);
    }
}
