package org.cooperation.commandservice;

import java.time.LocalDate;
import org.cooperation.localinfra.SampleAgreements;

/** Request bodies as secretariat tools send them. */
final class Requests {

    private Requests() {}

    static String jointStatement(String agreementId) {
        return SampleAgreements.jointStatement(agreementId, SampleAgreements.SIGNED_ON);
    }

    /** The Joint Statement's terms, signed and effective on another day: five years, extendable once. */
    static String jointStatement(String agreementId, LocalDate signedOn) {
        return SampleAgreements.jointStatement(agreementId, signedOn);
    }
}
