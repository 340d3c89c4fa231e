package org.cooperation.commandservice.agreement;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.springframework.stereotype.Component;

/**
 * Routes a command to its agreement without Axon annotations on the published commands
 * (shared-kernel stays free of Axon), and carries the version a client expects (If-Match),
 * so that Axon refuses a command based on a stale view.
 */
@Component("agreementTargetResolver")
public class AgreementTargetResolver implements CommandTargetResolver {

    /** Metadata key of the version the client last saw. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof AgreementCommand agreementCommand)) {
            throw new IllegalArgumentException("not an agreement command: " + command.getPayloadType());
        }
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        Long version = expected == null ? null : Long.valueOf(expected.toString());
        return new VersionedAggregateIdentifier(agreementCommand.agreementId().value(), version);
    }
}
