package org.cooperation.commandservice;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Joint Statement signed a year ago, so still in force: no expiry of its own is recorded
 * while a test counts the agreement's events (one signed in 2016 expires at once, on its own).
 */
final class InForce {

    static final LocalDate SIGNED_ON = LocalDate.now(ZoneOffset.UTC).minusYears(1);

    private InForce() {}

    static String jointStatement(String agreementId) {
        return Requests.jointStatement(agreementId, SIGNED_ON);
    }
}
