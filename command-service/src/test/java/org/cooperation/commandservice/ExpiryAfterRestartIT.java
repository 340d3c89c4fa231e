package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.localinfra.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestTemplate;

/**
 * Stops the command service while an expiry is scheduled and starts it again, on the same database
 * and broker, after the term's last day: the expiry is recorded and published exactly once.
 *
 * <p>Time moves by the service's clock offset ({@code agreements.clock.offset}), which the rules and
 * the deadline scheduler both read: the second start begins a day after the expiry fell due.
 */
class ExpiryAfterRestartIT extends CommandServiceIT {

    private static final String ID = "restart-expiry";
    private static final Duration A_WHILE = Duration.ofSeconds(60);

    @Test
    void expiresOnTermEndAfterRestart() throws Exception {
        Map<String, Object> database = new HashMap<>(TestDatabase.fresh("restart"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastDayInForce = today.plusYears(5).minusDays(1);
        Instant expiryDue =
                lastDayInForce.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        try (ConfigurableApplicationContext service = start(database, Duration.ZERO)) {
            var response = new RestTemplate()
                    .postForEntity(
                            OtherInstance.baseUrl(service) + "/api/agreements",
                            json(Requests.jointStatement(ID, today)),
                            String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(AgreementTopic.types(AgreementTopic.recordsOf(bootstrapServers, ID, 1, A_WHILE)))
                    .containsExactly("org.cooperation.agreement.AgreementSigned.v4");
        }
        JdbcClient store = OtherInstance.store(database);
        assertThat(StoredEvents.of(store, ID)).containsExactly("AgreementSigned");
        assertThat(scheduledDeadlines(store)).isEqualTo(1);

        Duration aDayAfterTheExpiry = Duration.between(Instant.now(), expiryDue.plus(Duration.ofDays(1)));
        try (ConfigurableApplicationContext ignored = start(database, aDayAfterTheExpiry)) {
            List<ConsumerRecord<String, byte[]>> records = AgreementTopic.recordsOf(bootstrapServers, ID, 2, A_WHILE);

            assertThat(AgreementTopic.types(records))
                    .containsExactly(
                            "org.cooperation.agreement.AgreementSigned.v4",
                            "org.cooperation.agreement.AgreementExpired.v1");
            assertThat(AgreementTopic.header(records.get(1), EventHeaders.SEQUENCE))
                    .isEqualTo("1");
            JsonNode expired = this.json.readTree(records.get(1).value());
            assertThat(expired.get("lastDayInForce").asText()).isEqualTo(lastDayInForce.toString());
            assertThat(expired.get("expiredOn").asText())
                    .isEqualTo(lastDayInForce.plusDays(1).toString());
            assertThat(StoredEvents.of(store, ID)).containsExactly("AgreementSigned", "AgreementExpired");
            assertThat(scheduledDeadlines(store)).isZero();
        }
    }

    private ConfigurableApplicationContext start(Map<String, Object> database, Duration clockOffset) {
        Map<String, Object> properties = OtherInstance.trusting(OtherInstance.on(database, bootstrapServers));
        properties.put("agreements.clock.offset", clockOffset.toString());
        return OtherInstance.start(properties);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(SECRETARIAT_TOKEN);
        return new HttpEntity<>(body, headers);
    }

    private static long scheduledDeadlines(JdbcClient store) {
        return store.sql("SELECT count(*) FROM scheduled_tasks")
                .query(Long.class)
                .single();
    }
}
