package org.cooperation.queryservice.operations.health;

import org.cooperation.queryservice.projection.consuming.AgreementEventListener;
import org.cooperation.queryservice.projection.consuming.HeldEventRepository;
import org.cooperation.queryservice.projection.deadletter.DeadLetter;
import org.cooperation.queryservice.projection.deadletter.DeadLetterRepository;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/projection}: down when the events listener of this instance is not
 * consuming, so the read models fall behind. Up otherwise, and its details say what needs an
 * operator while the rest flows on: events held back for a predecessor that has not been applied
 * (usually a dead letter; those agreements' read models stand still) and dead letters not yet
 * retried. They do not make it down: the other agreements are served, and fresh.
 */
@Component("projection")
class ProjectionHealth extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry listeners;
    private final HeldEventRepository held;
    private final DeadLetterRepository deadLetters;

    ProjectionHealth(
            KafkaListenerEndpointRegistry listeners, HeldEventRepository held, DeadLetterRepository deadLetters) {
        super("the projection's state could not be read");
        this.listeners = listeners;
        this.held = held;
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean consuming = consuming(listeners.getListenerContainer(AgreementEventListener.ID));
        HeldEventRepository.Waiting waiting = held.waiting();
        long newDeadLetters = deadLetters.count(DeadLetter.Status.NEW);
        health.status(consuming ? Status.UP : Status.DOWN)
                .withDetail("consuming", consuming)
                .withDetail("heldEvents", waiting.events())
                .withDetail("newDeadLetters", newDeadLetters);
        if (waiting.since() != null) {
            health.withDetail("heldSince", waiting.since().toString());
        }
        if (!consuming) {
            health.withDetail("problem", "the events listener is not running: the read models are not being updated");
        } else if (waiting.events() > 0 || newDeadLetters > 0) {
            health.withDetail("attention", "see GET /api/admin/held-events and /api/admin/dead-letters?status=NEW");
        }
    }

    /** Running, with every consumer thread of it running too (one can stop on its own). */
    private static boolean consuming(MessageListenerContainer container) {
        if (container == null || !container.isRunning()) {
            return false;
        }
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            return concurrent.getContainers().stream().allMatch(MessageListenerContainer::isRunning);
        }
        return true;
    }
}
