package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.commandservice.agreement.AgreementTargetResolver;
import org.cooperation.commandservice.audit.CorrelationIdFilter;
import org.cooperation.websecurity.Caller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the who-and-why of the HTTP request as metadata, which Axon copies onto
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

    /** Returns the agreement's version after the command. */
    public long send(AgreementCommand command, HttpServletRequest request) {
        request.setAttribute(TARGET_ATTRIBUTE, command.agreementId());
        Object result = commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(request)));
        return ((Number) result).longValue();
    }

    private static MetaData metadata(HttpServletRequest request) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.PRINCIPAL, caller.subject());
        if (caller.client() != null) {
            metadata.put(AuditMetadata.CLIENT, caller.client());
        }
        metadata.put(AuditMetadata.CORRELATION_ID, CorrelationIdFilter.of(request));
        ExpectedVersion.from(request).ifPresent(version ->
                metadata.put(AgreementTargetResolver.EXPECTED_VERSION, version));
        return MetaData.from(metadata);
    }
}
