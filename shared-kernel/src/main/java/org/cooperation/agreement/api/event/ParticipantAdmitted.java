package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.ParticipantKind;

/**
 * Another organisation joined the cooperation.
 *
 * <p>Version 2: {@code joinedOn} is as precise as the source ({@code 2018}, {@code 2018-10} or a day);
 * version 1 always gave a day, which reads unchanged as a version 2 date ({@code EventUpcasts}).
 */
@EventVersion(2)
public record ParticipantAdmitted(
        AgreementId agreementId, String name, ParticipantKind kind, CountryCode country, BusinessDate joinedOn)
        implements AgreementEvent {

    /** A participant whose day of joining is known. */
    public ParticipantAdmitted(
            AgreementId agreementId, String name, ParticipantKind kind, CountryCode country, LocalDate joinedOn) {
        this(agreementId, name, kind, country, BusinessDate.of(joinedOn));
    }

    /** The last day it may stand for: "as of" a day counts the participant once it has surely joined. */
    @Override
    public LocalDate businessDate() {
        return joinedOn.latest();
    }
}
