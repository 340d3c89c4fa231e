package org.cooperation.commandservice.agreement.web;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.command.AgreementCommand;

/** The body of a command on an existing agreement, whose id comes from the path. */
interface AgreementCommandRequest {

    /** What the optional {@code reason} of every command body is, in the OpenAPI description. */
    String REASON = "Why the command is sent (minutes, a letter, a decision), at most 1000 characters: stored with "
            + "the events' who and when, shown in the history and published with each event as ce_reason";

    AgreementCommand toCommand(AgreementId agreementId);

    /** Why the command is sent, or null: metadata of the events, not a part of the fact. */
    String reason();
}
