package org.cooperation.commandservice.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.EventTypes;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.verification.ChainedEvent;
import org.cooperation.commandservice.eventstream.HeadReads;
import org.cooperation.commandservice.memory.RecentlyUsed;

/**
 * Axon's JDBC event store, which chains every agreement event it appends to the agreement's
 * previous event: the hash ({@link ChainedEvent}) goes into the event's metadata, in the insert of
 * the event itself and so in the transaction that stores it. The previous event's hash comes from
 * the same batch, from the last event this instance committed for the agreement, or else from one
 * lookup by the unique key (agreement, sequence): never a re-read of the agreement's history.
 *
 * <p>Two appends that race for the same sequence are settled by that key as before: the loser's
 * transaction, and the hash it computed, roll back.
 *
 * <p>It also reads the store's head for the embedded event store's shared reader once per commit
 * ({@link HeadReads}).
 */
public class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    /** An agreement's last event, as committed: its sequence and hash. */
    private record LastEvent(long sequence, String hash) {}

    private final boolean enabled;
    /**
     * The last committed event of the agreements chained recently, so that the next command needs
     * no lookup: written only after the commit, so it never holds a hash that rolled back. Another
     * instance cannot commit a different event at a sequence this one committed (the unique key),
     * so an entry is never wrong, only perhaps older than the store, and then it is not used.
     */
    private final Map<String, LastEvent> committed;

    private final HeadReads headReads;

    public ChainingEventStorageEngine(Builder builder, boolean enabled, int capacity) {
        super(builder);
        this.enabled = enabled;
        this.headReads = new HeadReads(this::fetchTrackedEvents, batchSize());
        this.committed = RecentlyUsed.map(capacity);
    }

    /**
     * Only the embedded event store's shared reader of the head asks with {@code mayBlock}; a
     * processor that reads on its own (catching up, replaying) asks without it and reads as Axon does.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return mayBlock ? headReads.read(trackingToken) : super.readEventData(trackingToken, false);
    }

    /** This instance committed events: the next read of the head asks the database. */
    public void eventsCommitted() {
        headReads.committed();
    }

    @Override
    protected PreparedStatement appendEvents(
            Connection connection, List<? extends EventMessage<?>> events, Serializer serializer) throws SQLException {
        if (!enabled) {
            return super.appendEvents(connection, events, serializer);
        }
        Map<String, String> lastHashes = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent
                    && domainEvent.getPayload() instanceof AgreementEvent) {
                chained.add(chain(connection, domainEvent, serializer, lastHashes));
            } else {
                chained.add(event);
            }
        }
        PreparedStatement statement = super.appendEvents(connection, chained, serializer);
        rememberAfterCommit(chained);
        return statement;
    }

    private void rememberAfterCommit(List<EventMessage<?>> chained) {
        Map<String, LastEvent> last = new HashMap<>();
        for (EventMessage<?> event : chained) {
            if (event instanceof DomainEventMessage<?> domainEvent
                    && domainEvent.getMetaData().containsKey(ChainMetadata.HASH)) {
                last.put(
                        domainEvent.getAggregateIdentifier(),
                        new LastEvent(
                                domainEvent.getSequenceNumber(),
                                domainEvent
                                        .getMetaData()
                                        .get(ChainMetadata.HASH)
                                        .toString()));
            }
        }
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(u -> committed.putAll(last)));
    }

    private DomainEventMessage<?> chain(
            Connection connection, DomainEventMessage<?> event, Serializer serializer, Map<String, String> lastHashes)
            throws SQLException {
        String agreementId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String previousHash = sequence == 0
                ? null
                : lastHashes.containsKey(agreementId)
                        ? lastHashes.get(agreementId)
                        : previousHash(connection, agreementId, sequence - 1);
        MetaData metaData = event.getMetaData();
        String hash = new ChainedEvent(
                        agreementId,
                        sequence,
                        event.getIdentifier(),
                        EventTypes.typeName(((AgreementEvent) event.getPayload()).getClass()),
                        EventJson.mapper().<JsonNode>valueToTree(event.getPayload()),
                        storedInstant(event.getTimestamp()),
                        text(metaData.get(AuditMetadata.PRINCIPAL)),
                        text(metaData.get(AuditMetadata.CLIENT)),
                        text(metaData.get(AuditMetadata.CORRELATION_ID)),
                        text(metaData.get(AuditMetadata.REASON)),
                        previousHash)
                .hash();
        lastHashes.put(agreementId, hash);
        Map<String, String> chain = new HashMap<>();
        chain.put(ChainMetadata.HASH, hash);
        if (previousHash != null) {
            chain.put(ChainMetadata.PREVIOUS_HASH, previousHash);
        }
        return event.andMetaData(chain);
    }

    private String previousHash(Connection connection, String agreementId, long sequence) throws SQLException {
        LastEvent last = committed.get(agreementId);
        return last != null && last.sequence() == sequence
                ? last.hash()
                : storedHash(connection, agreementId, sequence);
    }

    /** The hash stored with an agreement's event, by the unique key; null when it has none (stored before the chain). */
    private String storedHash(Connection connection, String agreementId, long sequence) throws SQLException {
        String sql = "SELECT " + schema().metaDataColumn() + " FROM " + schema().domainEventTable() + " WHERE "
                + schema().aggregateIdentifierColumn() + " = ? AND " + schema().sequenceNumberColumn() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, agreementId);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("event " + sequence + " of " + agreementId + " is not stored");
                }
                return hashIn(rows.getBytes(1));
            }
        }
    }

    static String hashIn(byte[] storedMetaData) {
        if (storedMetaData == null) {
            return null;
        }
        try {
            JsonNode hash = EventJson.mapper().readTree(storedMetaData).get(ChainMetadata.HASH);
            return hash == null || hash.isNull() ? null : hash.asText();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored metadata", e);
        }
    }

    /**
     * The instant as the store keeps it (and readers get it back): Axon stores it as text to the
     * millisecond, the rest of the fraction cut off, not rounded ({@code org.axonframework.common.DateTimeUtils.formatInstant}).
     * Truncating gives the same instant without writing and parsing that text for every event.
     */
    public static Instant storedInstant(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
