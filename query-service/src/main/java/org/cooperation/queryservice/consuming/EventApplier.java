package org.cooperation.queryservice.consuming;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.cooperation.agreement.api.contract.ReceivedEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.queryservice.current.AgreementState;
import org.cooperation.queryservice.current.CurrentStateRepository;
import org.cooperation.queryservice.history.HistoryEntry;
import org.cooperation.queryservice.history.HistoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one event to every read model in ONE database transaction, together with the record
 * that it was applied. A redelivered event finds that record and changes nothing; an event that
 * does not follow the agreement's last applied sequence is refused, never applied out of order.
 */
@Service
public class EventApplier {

    public enum Outcome { APPLIED, DUPLICATE }

    private final HistoryRepository history;
    private final CurrentStateRepository current;

    public EventApplier(HistoryRepository history, CurrentStateRepository current) {
        this.history = history;
        this.current = current;
    }

    @Transactional
    public Outcome apply(ReceivedEvent received, Audit audit, byte[] payload) {
        String agreementId = received.agreementId().value();
        HistoryEntry entry = new HistoryEntry(received.sequence(), received.eventId(), received.type(),
                received.event().businessDate(), received.recordedAt(), audit.principal(), audit.client(),
                audit.correlationId(), new String(payload, UTF_8));
        if (!history.record(entry, agreementId)) {
            return Outcome.DUPLICATE;
        }
        AgreementState next;
        if (received.event() instanceof AgreementSigned signed) {
            requireSequence(received, -1);
            next = AgreementState.signed(signed, received.sequence(), received.recordedAt());
        } else {
            AgreementState state = current.findForUpdate(agreementId)
                    .orElseThrow(() -> new SequenceGapException(received, -1));
            requireSequence(received, state.version());
            next = state.apply(received.event(), received.sequence(), received.recordedAt());
        }
        current.save(next);
        return Outcome.APPLIED;
    }

    private static void requireSequence(ReceivedEvent received, long lastApplied) {
        if (received.sequence() != lastApplied + 1) {
            throw new SequenceGapException(received, lastApplied);
        }
    }

    /** Who sent the command that caused the event, from the record's headers. */
    public record Audit(String principal, String client, String correlationId) {
    }
}
