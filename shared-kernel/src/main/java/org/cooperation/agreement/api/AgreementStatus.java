package org.cooperation.agreement.api;

/** Where an agreement stands in its life. */
public enum AgreementStatus {
    /** Signed, not yet in force: its effective date is after the day asked about. */
    SIGNED,
    IN_FORCE,
    TERMINATION_PENDING,
    TERMINATED,
    EXPIRED,
    /** Entered in error and voided: the agreement never was. */
    VOIDED
}
