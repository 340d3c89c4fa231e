package org.cooperation.faultsuite;

import java.time.LocalDate;
import org.cooperation.localinfra.SampleAgreements;

/** Request bodies of the load. */
final class Bodies {

    private Bodies() {}

    /** Signed in 2025: in force throughout a run, so time adds no expiry of its own to the events counted. */
    static String signature(String agreementId) {
        return SampleAgreements.jointStatement(agreementId, LocalDate.parse("2025-06-01"));
    }

    /** A contact named after the command's key, so a second application would show as a second contact. */
    static String contact(String key) {
        return """
                { "party": "DE-BMWI", "name": "Contact %s", "role": "Desk officer" }
                """.formatted(key);
    }
}
