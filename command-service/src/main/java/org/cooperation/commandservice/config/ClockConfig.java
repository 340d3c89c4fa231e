package org.cooperation.commandservice.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfig {

    /**
     * The service's one notion of now. Its zone is the business zone: the day a command without a
     * date is recorded on, and the midnight at which expiries and terminations fall due. The
     * deadline scheduler reads it too, so an offset moves the whole service through time at once;
     * that is for tests and demonstrations, and stays zero in production.
     */
    @Bean
    public Clock clock(@Value("${agreements.business-zone:UTC}") ZoneId businessZone,
                       @Value("${agreements.clock.offset:PT0S}") Duration offset) {
        return Clock.offset(Clock.system(businessZone), offset);
    }
}
