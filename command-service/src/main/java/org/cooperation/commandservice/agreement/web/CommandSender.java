package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.cooperation.agreement.api.contract.AuditMetadata;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.commandservice.agreement.AgreementTargetResolver;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the who-and-why of the HTTP request as metadata, which Axon copies
 * onto every event the command causes.
 */
@Component
public class CommandSender {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CLIENT_HEADER = "X-Client-Id";

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Returns the agreement's version after the command. */
    public long send(AgreementCommand command, HttpServletRequest request) {
        Object result = commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(request)));
        return ((Number) result).longValue();
    }

    private static MetaData metadata(HttpServletRequest request) {
        Map<String, Object> metadata = new HashMap<>();
        String correlationId = request.getHeader(CORRELATION_HEADER);
        metadata.put(AuditMetadata.CORRELATION_ID,
                correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString() : correlationId);
        metadata.put(AuditMetadata.PRINCIPAL,
                request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName());
        String client = request.getHeader(CLIENT_HEADER);
        if (client != null && !client.isBlank()) {
            metadata.put(AuditMetadata.CLIENT, client);
        }
        ExpectedVersion.from(request).ifPresent(version ->
                metadata.put(AgreementTargetResolver.EXPECTED_VERSION, version));
        return MetaData.from(metadata);
    }
}
