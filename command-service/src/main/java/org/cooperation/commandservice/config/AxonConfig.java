package org.cooperation.commandservice.config;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.commandservice.agreement.RecentAgreements;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AxonConfig {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Events are stored as the same JSON that goes on the wire (Jackson, ISO dates), never XStream,
     * with the event type's published version as the stored revision so upcasters can find it.
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.configure(JsonMapper.builder()).build())
                .revisionResolver(publishedVersion())
                .build();
    }

    /** Who sent the command, why, and the request's correlation id, travel to every event it causes. */
    @Bean
    public CorrelationDataProvider auditMetadata() {
        return new SimpleCorrelationDataProvider(
                AuditMetadata.PRINCIPAL, AuditMetadata.CLIENT, AuditMetadata.CORRELATION_ID, AuditMetadata.REASON);
    }

    /**
     * Agreements kept in memory between commands, each checked against the event store before use
     * (see {@link RecentAgreements}); bounded, so the heap holds a fixed number of them at most.
     */
    @Bean
    public Cache recentAgreements(EventStore eventStore, @Value("${agreements.recent-agreements:2000}") int capacity) {
        return new RecentAgreements(eventStore, capacity);
    }

    /**
     * Axon's default resolver looks for SQLIntegrityConstraintViolationException, which the
     * PostgreSQL driver never throws; without this a taken agreement id would be a 503, not a 409.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    private static RevisionResolver publishedVersion() {
        return type -> AgreementEvent.class.isAssignableFrom(type)
                ? String.valueOf(EventTypes.version(type.asSubclass(AgreementEvent.class)))
                : null;
    }
}
