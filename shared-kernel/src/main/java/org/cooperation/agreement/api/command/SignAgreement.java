package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.Values;

/**
 * Enter a signed agreement into the record. {@code effectiveFrom} defaults to {@code signedOn}.
 * Without a {@code term} the instrument is open-ended: it states no period and stays in force until
 * terminated (the Hannover Declaration, the Japan–India MOC), so no term is invented for it.
 * {@code terminationNoticeDays} is the notice the instrument states; zero when it states none.
 */
public record SignAgreement(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        List<Party> parties,
        LocalDate signedOn,
        String place,
        LocalDate effectiveFrom,
        Term term,
        int terminationNoticeDays,
        MeetingPolicy meetings,
        List<String> fieldsOfCooperation,
        String financialArrangement) implements AgreementCommand {

    public SignAgreement {
        Values.required(agreementId, "agreementId");
        Values.requiredText(title, "title", Limits.TITLE);
        Values.required(kind, "kind");
        parties = Values.list(parties, "parties", Limits.PARTIES);
        Values.required(signedOn, "signedOn");
        Values.requiredText(place, "place", Limits.NAME);
        effectiveFrom = effectiveFrom == null ? signedOn : effectiveFrom;
        if (term != null) {
            Values.atMost(term.initialYears(), Limits.TERM_YEARS, "term.initialYears");
            Values.atMost(term.maxExtensions(), Limits.EXTENSIONS, "term.maxExtensions");
            Values.atMost(term.extensionYears(), Limits.TERM_YEARS, "term.extensionYears");
        }
        Values.atMost(terminationNoticeDays, Limits.NOTICE_DAYS, "terminationNoticeDays");
        meetings = meetings == null ? MeetingPolicy.NONE : meetings;
        fieldsOfCooperation = Values.list(fieldsOfCooperation, "fieldsOfCooperation", Limits.ITEMS);
        Values.optionalText(financialArrangement, "financialArrangement", Limits.TEXT);
    }

    /** Whether the instrument states no term and so stays in force until terminated. */
    public boolean openEnded() {
        return term == null;
    }
}
