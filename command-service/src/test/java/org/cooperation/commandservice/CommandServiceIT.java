package org.cooperation.commandservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.cooperation.localinfra.LocalIdentity;
import org.cooperation.localinfra.TestDatabase;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command service against a real PostgreSQL (a fresh database per test context) and a real
 * KRaft broker. Subclasses share one application context. Every request of {@link #http} carries
 * a secretariat's token unless it sets its own Authorization header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3)
abstract class CommandServiceIT {

    /** The signing key the tests' tokens come from; the service trusts its public key, issuer and audience. */
    static final LocalIdentity IDENTITY = LocalIdentity.loadOrCreate(Path.of("target", "test-identity"));

    static final String SECRETARIAT_TOKEN = IDENTITY.token(
            "test-secretariat",
            "test-suite",
            List.of(Roles.SECRETARIAT),
            null,
            Instant.now().plus(Duration.ofHours(12)));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("command").forEach((key, value) -> registry.add(key, () -> value));
        // The broker of this context, read once: a test class with a context of its own starts another
        // broker, which rewrites the system property, and this context must keep talking to its own.
        AtomicReference<String> broker = new AtomicReference<>();
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> broker.updateAndGet(
                        known -> known != null ? known : System.getProperty("spring.embedded.kafka.brokers")));
        IDENTITY.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @BeforeEach
    void sendTheSecretariatsTokenUnlessTheTestSendsItsOwn() {
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(SECRETARIAT_TOKEN);
            }
            return execution.execute(request, body);
        }));
    }

    ResponseEntity<String> post(String path, String body, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extraHeaders.forEach(headers::add);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    long eventsOf(String agreementId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(agreementId)
                .query(Long.class)
                .single();
    }

    /**
     * Every event a request caused. Events the deadlines record on their own (the expiry of an
     * agreement signed long ago, say) come at any moment and are not counted.
     */
    long allEvents() {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE convert_from(metadata, 'UTF8')::jsonb ->> 'principal' IS DISTINCT FROM 'system:deadline'""").query(Long.class).single();
    }
}
