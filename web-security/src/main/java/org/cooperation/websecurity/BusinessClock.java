package org.cooperation.websecurity;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both services' one notion of now, from the same settings ({@code agreements.business-zone},
 * {@code agreements.clock.offset}), so that the query side's "today" (overdue meetings, the latest
 * business date a reader may ask about) is the command side's (the day a command without a date is
 * recorded on, the midnight at which expiries and terminations fall due). In UTC, a reader in Tokyo
 * could not ask about their own today until 09:00. The command side's deadline scheduler reads it
 * too, so an offset moves the whole system through time at once; that is for tests and
 * demonstrations, and stays zero in production. Tokens are checked against the real time, not this.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessClock {

    @Bean
    public Clock clock(
            @Value("${agreements.business-zone:UTC}") ZoneId businessZone,
            @Value("${agreements.clock.offset:PT0S}") Duration offset) {
        return Clock.offset(Clock.system(businessZone), offset);
    }
}
