package org.cooperation.commandservice.deadline;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/**
 * The aggregate a deadline belongs to, as stored in {@code scope_deadline}: its type and its
 * identifier as text (an agreement's id). Only aggregates have such a key; other scopes (sagas) do
 * not occur here and keep Axon's own handling.
 */
record ScopeKey(String type, String id) {

    ScopeKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    static Optional<ScopeKey> of(ScopeDescriptor scope) {
        if (scope instanceof AggregateScopeDescriptor aggregate && aggregate.getIdentifier() != null) {
            return Optional.of(
                    new ScopeKey(aggregate.getType(), aggregate.getIdentifier().toString()));
        }
        return Optional.empty();
    }
}
