package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Values;

/**
 * Record a meeting of the parties; a host that does not take its turn needs {@code deviationReason}.
 * An attendee that names a party came with that party's delegation. {@code hostParty} names the party
 * that hosted, {@code hostCountry} the country the meeting was held in (the European Commission hosts
 * in Brussels, BE); either may be left out where the other says it: without {@code hostParty} the host
 * is the party of {@code hostCountry}, as before hosts were named, and without {@code hostCountry} the
 * meeting was held in the host's country.
 */
public record RecordAnnualMeeting(
        AgreementId agreementId,
        LocalDate heldOn,
        PartyCode hostParty,
        CountryCode hostCountry,
        String city,
        String level,
        List<Attendee> attendees,
        List<String> outcomes,
        String deviationReason)
        implements AgreementCommand {

    public RecordAnnualMeeting {
        Values.required(agreementId, "agreementId");
        Values.required(heldOn, "heldOn");
        if (hostParty == null) {
            Values.required(hostCountry, "hostCountry");
        }
        Values.requiredText(city, "city", Limits.NAME);
        Values.optionalText(level, "level", Limits.NAME);
        attendees = Values.list(attendees, "attendees", Limits.ITEMS);
        outcomes = Values.list(outcomes, "outcomes", Limits.ITEMS);
        Values.optionalText(deviationReason, "deviationReason", Limits.TEXT);
    }
}
