package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Values;

/** Another organisation joins the cooperation on {@code joinedOn}, as precise as the source. */
public record AdmitParticipant(
        AgreementId agreementId, String name, ParticipantKind kind, CountryCode country, BusinessDate joinedOn)
        implements AgreementCommand {

    public AdmitParticipant {
        Values.required(agreementId, "agreementId");
        Values.requiredText(name, "name", Limits.NAME);
        Values.required(kind, "kind");
        Values.required(joinedOn, "joinedOn");
    }

    /** A participant whose day of joining is known. */
    public AdmitParticipant(
            AgreementId agreementId, String name, ParticipantKind kind, CountryCode country, LocalDate joinedOn) {
        this(agreementId, name, kind, country, joinedOn == null ? null : BusinessDate.of(joinedOn));
    }
}
