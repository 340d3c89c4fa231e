package org.cooperation.agreement.api.event;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;

/** The parties signed; the agreement is in force from {@code effectiveFrom} to {@code termEndsOn}, both included. */
@EventVersion(1)
public record AgreementSigned(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        List<Party> parties,
        LocalDate signedOn,
        String place,
        LocalDate effectiveFrom,
        Term term,
        LocalDate termEndsOn,
        int terminationNoticeDays,
        MeetingPolicy meetings,
        List<String> fieldsOfCooperation,
        String financialArrangement) implements AgreementEvent {

    public AgreementSigned {
        parties = List.copyOf(parties);
        fieldsOfCooperation = fieldsOfCooperation == null ? List.of() : List.copyOf(fieldsOfCooperation);
    }

    @Override
    public LocalDate businessDate() {
        return signedOn;
    }
}
