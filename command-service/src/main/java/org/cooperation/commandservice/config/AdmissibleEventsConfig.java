package org.cooperation.commandservice.config;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperation.commandservice.agreement.AdmissibleEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing a reader of the topic could not store reaches the event store (see {@link AdmissibleEvents}).
 * A configuration of its own: the event store depends on {@link AxonConfig}'s serializer.
 */
@Configuration
public class AdmissibleEventsConfig {

    @Autowired
    public void admitOnlyThePublishedLanguage(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(new AdmissibleEvents());
    }
}
