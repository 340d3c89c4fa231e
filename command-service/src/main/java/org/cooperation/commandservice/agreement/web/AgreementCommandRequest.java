package org.cooperation.commandservice.agreement.web;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.command.AgreementCommand;

/** The body of a command on an existing agreement, whose id comes from the path. */
interface AgreementCommandRequest {

    AgreementCommand toCommand(AgreementId agreementId);
}
