package org.cooperation.agreement.api.command;

import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.Values;

/**
 * Retract the fact recorded in error at {@code sequence} of the agreement's history, saying why, and
 * optionally enter the corrected fact in its place in the same step: {@code replacement} is then the
 * command that records a fact of the same kind (an {@link ExtendTerm} for an extension, ...).
 */
public record RetractFact(AgreementId agreementId, long sequence, String reason, AgreementCommand replacement)
        implements AgreementCommand {

    public RetractFact {
        Values.required(agreementId, "agreementId");
        Values.atLeast(sequence, 0, "sequence");
        Values.requiredText(reason, "reason", Limits.REASON);
        if (replacement instanceof RetractFact
                || replacement instanceof VoidAgreement
                || replacement instanceof SignAgreement) {
            throw new InvalidValueException(
                    "replacement", "fact", "must be the command of a fact, not of a correction");
        }
        if (replacement != null && !replacement.agreementId().equals(agreementId)) {
            throw new InvalidValueException("replacement", "same-agreement", "must concern the same agreement");
        }
    }
}
