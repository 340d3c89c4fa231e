package org.cooperation.agreement.api.command;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.Values;
import org.cooperation.agreement.api.Witness;

/**
 * Enter a signed agreement into the record. {@code effectiveFrom} defaults to {@code signedOn}.
 * Without a {@code term} the instrument is open-ended: it states no period and stays in force until
 * terminated (the Hannover Declaration, the Japan–India MOC), so no term is invented for it.
 * {@code terminationNoticeDays} is the notice the instrument states; zero when it states none.
 * {@code place} and each party's signatory are absent where the source names none (the EU–Japan
 * Centre); {@code witnesses} are those who witnessed the signature without signing. {@code signedOn}
 * and {@code effectiveFrom} are as precise as the source: the EU–Japan Centre was "established in
 * 1987", signed {@code 1987}; only an open-ended instrument may take effect on such a date.
 */
public record SignAgreement(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        List<Party> parties,
        BusinessDate signedOn,
        String place,
        BusinessDate effectiveFrom,
        Term term,
        int terminationNoticeDays,
        MeetingPolicy meetings,
        List<String> fieldsOfCooperation,
        String financialArrangement,
        List<Witness> witnesses)
        implements AgreementCommand {

    public SignAgreement {
        Values.required(agreementId, "agreementId");
        Values.requiredText(title, "title", Limits.TITLE);
        Values.required(kind, "kind");
        parties = Values.list(parties, "parties", Limits.PARTIES);
        Values.required(signedOn, "signedOn");
        Values.optionalNonBlank(place, "place", Limits.NAME);
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
        witnesses = Values.list(witnesses, "witnesses", Limits.ITEMS);
    }

    /** A signature known to the day, without witnesses. */
    public SignAgreement(
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
            String financialArrangement) {
        this(
                agreementId,
                title,
                kind,
                parties,
                BusinessDate.of(signedOn),
                place,
                effectiveFrom == null ? null : BusinessDate.of(effectiveFrom),
                term,
                terminationNoticeDays,
                meetings,
                fieldsOfCooperation,
                financialArrangement,
                List.of());
    }

    /** Whether the instrument states no term and so stays in force until terminated. */
    public boolean openEnded() {
        return term == null;
    }
}
