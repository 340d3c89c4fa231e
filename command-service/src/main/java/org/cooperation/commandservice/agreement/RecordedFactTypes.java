package org.cooperation.commandservice.agreement;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperation.agreement.api.AgreementId;
import org.springframework.stereotype.Component;

/**
 * The kind of fact recorded at a sequence of an agreement's history, read from the event store: a
 * correction's replacement has the shape of the command that records a fact of that kind, so its
 * body can only be read once the kind is known. The agreement itself judges the correction.
 */
@Component
public class RecordedFactTypes {

    private final EventStore eventStore;

    public RecordedFactTypes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The event type at {@code sequence}; empty when the agreement's history has no such event. */
    public Optional<Class<?>> typeOf(AgreementId agreementId, long sequence) {
        DomainEventStream events = eventStore.readEvents(agreementId.value(), sequence);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.peek();
        return first.getSequenceNumber() == sequence ? Optional.of(first.getPayloadType()) : Optional.empty();
    }
}
