package org.cooperation.commandservice.chain;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.cooperation.commandservice.eventstream.ReadsWithoutTransaction;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store: Axon's JDBC engine as its Spring Boot configuration builds it, with the chain
 * added ({@link ChainingEventStorageEngine}) and its reads left out of transactions of their own
 * ({@link ReadsWithoutTransaction}), under Axon's embedded event store.
 */
@Configuration
public class ChainConfig {

    /**
     * {@code agreements.chain.enabled=false} stores events unchained: only for measuring what the
     * chain costs (the benchmark runs both); a history stored so fails its verification.
     */
    @Bean
    public ChainingEventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Value("${agreements.chain.enabled:true}") boolean enabled,
            @Value("${agreements.recent-agreements:2000}") int capacity) {
        return new ChainingEventStorageEngine(
                JdbcEventStorageEngine.builder()
                        .snapshotSerializer(defaultSerializer)
                        .upcasterChain(configuration.upcasterChain())
                        .persistenceExceptionResolver(persistenceExceptionResolver)
                        .eventSerializer(eventSerializer)
                        .snapshotFilter(configuration.snapshotFilter())
                        .connectionProvider(connectionProvider)
                        .transactionManager(new ReadsWithoutTransaction(transactionManager))
                        .schema(new EventSchema()),
                enabled,
                capacity);
    }

    /**
     * Axon's embedded event store, as its Spring Boot configuration builds it, which tells the engine
     * of each commit before it wakes its shared reader of the head, so that the reader asks the
     * database once per commit ({@link org.cooperation.commandservice.eventstream.HeadReads}).
     */
    @Bean
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(
            ChainingEventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class));
        return new EmbeddedEventStore(builder) {
            @Override
            protected void afterCommit(List<? extends EventMessage<?>> events) {
                storageEngine.eventsCommitted();
                super.afterCommit(events);
            }
        };
    }
}
