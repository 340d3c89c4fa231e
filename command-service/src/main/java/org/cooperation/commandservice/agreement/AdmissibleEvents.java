package org.cooperation.commandservice.agreement;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PublishedLanguage;
import org.cooperation.agreement.api.contract.AuditMetadata;

/**
 * The last gate before the event store: an event whose text or dates the published language does
 * not admit (see {@link PublishedLanguage}), or whose who-and-why could not be stored by a reader,
 * is never stored. The command that caused it fails with the field and the rule, and nothing is
 * recorded. The command side checks every command before it is handled, and the agreement refuses
 * terms that end beyond the calendar; this gate holds for what they may miss, such as a date the
 * agreement derives.
 */
public class AdmissibleEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    /** The longest who-and-why value a reader stores (a token's subject or client, a correlation id). */
    public static final int AUDIT_VALUE_MAX = 200;

    private static final List<String> AUDIT_KEYS =
            List.of(AuditMetadata.PRINCIPAL, AuditMetadata.CLIENT, AuditMetadata.CORRELATION_ID);

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            PublishedLanguage.problemIn(event.getPayload()).ifPresent(problem -> {
                throw problem;
            });
            AUDIT_KEYS.forEach(key -> {
                if (event.getMetaData().get(key) instanceof String value) {
                    auditValue(value, key);
                }
            });
            if (event.getMetaData().get(AuditMetadata.REASON) instanceof String reason) {
                reason(reason);
            }
            return event;
        };
    }

    /** Why a command was sent, when the published language admits it; otherwise refused, naming the field. */
    public static String reason(String reason) {
        if (reason.length() > Limits.REASON) {
            throw new InvalidValueException("reason", "max-length", "must be at most " + Limits.REASON + " characters");
        }
        return PublishedLanguage.text(reason, "reason");
    }

    /** A who-and-why value, when a reader can store it; otherwise refused, naming where it came from. */
    public static String auditValue(String value, String field) {
        if (value != null && value.length() > AUDIT_VALUE_MAX) {
            throw new InvalidValueException(field, "max-length", "must be at most " + AUDIT_VALUE_MAX + " characters");
        }
        return PublishedLanguage.text(value, field);
    }
}
