package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import org.cooperation.agreement.api.PartyCode;

/**
 * The deadline on which a party's withdrawal takes effect, the day after {@code lastDayAsParty}. It
 * names the party and the end of its notice, so that it does nothing once the notice no longer stands.
 * Stored by db-scheduler as JSON under this class name: rename it only with the rows in mind.
 */
public record WithdrawalDue(PartyCode party, LocalDate lastDayAsParty) {}
