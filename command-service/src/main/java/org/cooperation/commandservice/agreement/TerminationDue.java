package org.cooperation.commandservice.agreement;

import java.time.LocalDate;

/**
 * The deadline that ends the agreement under a termination notice, scheduled for the day after
 * {@code lastDayInForce}. It names the notice's end, so a deadline of a withdrawn notice does nothing.
 * Stored by db-scheduler as JSON under this class name: rename it only with the rows in mind.
 */
public record TerminationDue(LocalDate lastDayInForce) {}
