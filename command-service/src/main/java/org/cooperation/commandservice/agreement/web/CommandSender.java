package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.cooperation.agreement.api.PublishedLanguage;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.commandservice.agreement.AdmissibleEvents;
import org.cooperation.commandservice.agreement.AgreementTargetResolver;
import org.cooperation.commandservice.audit.CorrelationIdFilter;
import org.cooperation.websecurity.Caller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the who-and-why of the HTTP request as metadata (the body's {@code reason} among them), which Axon copies onto
 * every event the command causes: the token's subject and client, the request's correlation id,
 * and the version the client expects ({@code If-Match}). Only what the verified token says is
 * recorded as who; nothing a client merely claims in a header.
 */
@Component
public class CommandSender {

    /** The agreement the request's command addresses, for answering a conflict found after the send. */
    public static final String TARGET_ATTRIBUTE = CommandSender.class.getName() + ".target";

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Returns the agreement's version after the command; {@code reason} is why it was sent, or null. */
    public long send(AgreementCommand command, String reason, HttpServletRequest request) {
        // Every text and date of the command, however deeply nested, before anything is decided on it.
        PublishedLanguage.problemIn(command).ifPresent(problem -> {
            throw problem;
        });
        request.setAttribute(TARGET_ATTRIBUTE, command.agreementId());
        Object result = commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(request, reason)));
        return ((Number) result).longValue();
    }

    private static MetaData metadata(HttpServletRequest request, String reason) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        Map<String, Object> metadata = new HashMap<>();
        // What the token says is stored with the events: refused here, by claim, when a reader could not store it.
        metadata.put(AuditMetadata.PRINCIPAL, AdmissibleEvents.auditValue(caller.subject(), "token.sub"));
        if (caller.client() != null) {
            metadata.put(AuditMetadata.CLIENT, AdmissibleEvents.auditValue(caller.client(), "token.azp"));
        }
        metadata.put(AuditMetadata.CORRELATION_ID, CorrelationIdFilter.of(request));
        // A blank reason says nothing, and is recorded as nothing.
        if (reason != null && !reason.isBlank()) {
            metadata.put(AuditMetadata.REASON, AdmissibleEvents.reason(reason));
        }
        ExpectedVersion.from(request)
                .ifPresent(version -> metadata.put(AgreementTargetResolver.EXPECTED_VERSION, version));
        return MetaData.from(metadata);
    }
}
