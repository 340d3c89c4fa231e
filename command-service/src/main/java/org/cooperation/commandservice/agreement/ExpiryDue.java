package org.cooperation.commandservice.agreement;

import java.time.LocalDate;

/**
 * The deadline that records the expiry, scheduled for the day after {@code lastDayInForce}. It names
 * the term end it was scheduled for, so a deadline left over from before an extension does nothing.
 * Stored by db-scheduler as JSON under this class name: rename it only with the rows in mind.
 */
public record ExpiryDue(LocalDate lastDayInForce) {}
