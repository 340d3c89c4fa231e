package org.cooperation.commandservice.agreement;

/**
 * The rules of DOMAIN.md that a command can break, each with the stable code a client sees
 * in the problem detail and the request field it concerns.
 */
public enum Rule {
    PARTIES_AT_LEAST_TWO("parties", "an agreement has at least two parties"),
    PARTIES_DISTINCT("parties", "each party appears once"),
    EFFECTIVE_NOT_BEFORE_SIGNATURE("effectiveFrom", "an agreement takes effect on or after the day it is signed"),
    TERM_FROM_A_DAY(
            "effectiveFrom",
            "a term runs from a day: an instrument with a term takes effect on a date known to the day (YYYY-MM-DD);"
                    + " only an open-ended one may take effect in a year or a month"),
    NOTICE_DAYS_NOT_NEGATIVE("terminationNoticeDays", "the notice period is zero or more days"),
    TERM_BEYOND_CALENDAR(
            "term",
            "a term ends, and its expiry falls, on or before 9999-12-31, the last date of the published language"),

    AGREEMENT_ENDED("agreementId", "the agreement has been terminated or has expired"),
    PARTY_UNKNOWN("party", "the party named is a party to the agreement"),

    CONSENTS_FROM_EVERY_PARTY(
            "consents",
            "an extension needs exactly one written consent from every party on the date of the last letter,"
                    + " each from a party on the date of its letter"),
    CONSENT_AFTER_TERM_END("consents", "every consent letter is dated on or before the last day of the term"),
    NO_EXTENSIONS_LEFT("agreementId", "the term may be extended only the agreed number of times"),
    OPEN_ENDED_NOT_EXTENSIBLE(
            "agreementId",
            "an open-ended instrument states no term: it is in force until terminated and has nothing to extend"),
    EXTENSION_WHILE_TERMINATION_PENDING(
            "agreementId",
            "a term under termination notice is not extended, unless every consent predates the notice;"
                    + " withdraw the notice first"),

    TERMINATION_ALREADY_PENDING("agreementId", "one termination notice at a time"),
    NOTICE_TOO_SHORT("endsOn", "the agreement ends at least the notice period after the notice date"),
    NOTICE_ENDS_AFTER_TERM("endsOn", "a termination ends on or before the last day of the term"),
    NOTICE_BEYOND_CALENDAR(
            "endsOn",
            "a termination ends before 9999-12-31, so that it is recorded on a date of the published language"),
    NO_TERMINATION_PENDING("agreementId", "only a pending termination notice can be withdrawn"),
    WITHDRAWAL_BY_OTHER_PARTY("party", "only the party that gave notice withdraws it"),
    WITHDRAWAL_OUTSIDE_NOTICE(
            "withdrawnOn", "a notice is withdrawn on or after its date and on or before the agreement's last day"),

    WITHDRAWAL_ALREADY_PENDING("party", "a party that gave notice of its withdrawal gives no other notice"),

    ACCESSION_NOT_AFTER_SIGNATURE(
            "accededOn", "a party accedes after the signature; those who signed are parties already"),
    ACCESSION_OUTSIDE_PERIOD_IN_FORCE("accededOn", "a party accedes inside the period in force"),
    ACCESSION_BEFORE_RECORDED_EXTENSION(
            "accededOn",
            "a party accedes after the last consent letter of every extension recorded, which it did not consent to;"
                    + " correct the extension first"),
    PARTY_ALREADY_RECORDED("party.code", "a party accedes once: its code names one party over the agreement's life"),
    RENAME_OUTSIDE_MEMBERSHIP(
            "renamedOn", "a party is renamed after the day it became a party and on or before its last day as one"),
    NAME_UNCHANGED("name", "a new name differs from the name the party bears that day"),
    PARTY_ALREADY_RENAMED_THAT_DAY("renamedOn", "a party changes its name at most once a day"),

    MEETING_OUTSIDE_PERIOD_IN_FORCE("heldOn", "a meeting falls inside the period in force"),
    HOST_NOT_A_PARTY("hostCountry", "the host is the country of a party"),
    HOST_PARTY_NOT_A_PARTY("hostParty", "the host party is a party on the day of the meeting"),
    HOST_COUNTRY_UNKNOWN(
            "hostCountry", "a meeting hosted by a party without a country of its own names the country it was held in"),
    HOST_OUT_OF_TURN(
            "hostParty",
            "with more than two parties the host is the party that has gone longest without hosting, unless a"
                    + " deviation reason is given"),
    HOST_MUST_ALTERNATE(
            "hostCountry", "the host differs from the neighbouring meetings' hosts unless a deviation reason is given"),
    ATTENDEE_PARTY_UNKNOWN("attendees", "an attendee's delegation is that of a party to the agreement"),

    PARTICIPANT_ALREADY_ADMITTED("name", "a participant is admitted once"),
    PARTICIPANT_OUTSIDE_PERIOD_IN_FORCE("joinedOn", "a participant joins inside the period in force"),
    FIELD_ALREADY_PRESENT("field", "a field of cooperation is listed once"),
    FIELDS_AT_MOST("field", "an agreement lists at most 100 fields of cooperation"),
    FIELD_OUTSIDE_PERIOD_IN_FORCE("addedOn", "a field of cooperation is added inside the period in force"),
    MILESTONE_OUTSIDE_PERIOD_IN_FORCE("date", "a milestone falls inside the period in force"),
    LINK_TO_ITSELF("relatedAgreementId", "an agreement is not related to itself"),
    LINK_ALREADY_RECORDED("relatedAgreementId", "a link to the same agreement with the same relation is recorded once"),

    PROGRAMME_ALREADY_LAUNCHED("programmeId", "a programme id is used once within its agreement"),
    PROGRAMME_NAME_IN_USE("name", "no two open programmes of an agreement share a name"),
    PROGRAMME_OUTSIDE_PERIOD_IN_FORCE("launchedOn", "a programme is launched inside the period in force"),
    PROGRAMME_UNKNOWN("programmeId", "the programme named has been launched under the agreement"),
    PROGRAMME_YEAR_BEFORE_LAUNCH("year", "no figures for a year before the year the programme was launched"),
    PROGRAMME_YEAR_AFTER_CLOSE("year", "no figures for a year after the year the programme closed"),
    PROGRAMME_YEAR_OUTSIDE_PERIOD_IN_FORCE(
            "year", "no figures for a year that begins after the agreement's last day in force"),
    PROGRAMME_YEAR_NOT_BEGUN("year", "figures are for a year that has begun"),
    PROGRAMME_YEAR_ALREADY_RECORDED("year", "a programme's figures for a year are recorded once"),
    PARTICIPANTS_EXCEED_APPLICANTS("participants", "a programme selects no more participants than applied"),
    PROGRAMME_ALREADY_CLOSED("programmeId", "a programme closes once"),
    PROGRAMME_CLOSED_BEFORE_LAUNCH("closedOn", "a programme closes on or after its launch"),
    PROGRAMME_CLOSED_BEFORE_RECORDED_YEAR(
            "closedOn", "a programme closes in or after the last year it has figures for"),
    PROGRAMME_CLOSED_OUTSIDE_PERIOD_IN_FORCE("closedOn", "a programme closes inside the period in force"),

    DATE_TOO_VAGUE(
            "date",
            "a date known only to the year or the month is judged by all its days; the rule it is checked"
                    + " against holds for some of them and not for others, so the record needs a more precise date"),
    PROGRAMME_LAUNCH_IN_FUTURE("launchedOn", "a programme is recorded once it has been launched: not after today"),
    PROGRAMME_CLOSING_IN_FUTURE("closedOn", "a programme is recorded closed once it has closed: not after today"),

    SIGNATURE_IN_FUTURE("signedOn", "an agreement is recorded once it has been signed, not before"),
    CONSENT_BEFORE_SIGNATURE("consents", "a consent letter is dated on or after the agreement's signature"),
    CONSENT_IN_FUTURE("consents", "a consent letter has been written: it is dated today or earlier"),
    NOTICE_BEFORE_SIGNATURE("noticeDate", "a termination notice is given on or after the agreement's signature"),
    NOTICE_IN_FUTURE("noticeDate", "a termination notice has been given: it is dated today or earlier"),
    WITHDRAWAL_BEFORE_SIGNATURE("withdrawnOn", "a notice is withdrawn on or after the agreement's signature"),
    WITHDRAWAL_IN_FUTURE("withdrawnOn", "a notice has been withdrawn: it is dated today or earlier"),
    MEETING_BEFORE_SIGNATURE("heldOn", "a meeting under an agreement is held on or after its signature"),
    MEETING_IN_FUTURE("heldOn", "a meeting is recorded once it has been held: today or earlier"),
    CONTACT_BEFORE_SIGNATURE("nominatedOn", "a contact is nominated on or after the agreement's signature"),
    CONTACT_IN_FUTURE("nominatedOn", "a contact has been nominated: today or earlier"),
    PARTICIPANT_BEFORE_SIGNATURE("joinedOn", "a participant joins on or after the agreement's signature"),
    PARTICIPANT_IN_FUTURE("joinedOn", "a participant is recorded once it has joined: today or earlier"),
    FIELD_BEFORE_SIGNATURE("addedOn", "a field of cooperation is added on or after the agreement's signature"),
    FIELD_IN_FUTURE("addedOn", "a field of cooperation has been added: today or earlier"),
    MILESTONE_BEFORE_SIGNATURE("date", "a milestone under an agreement is reached on or after its signature"),
    MILESTONE_IN_FUTURE("date", "a milestone is recorded once it has been reached: today or earlier"),
    LINK_BEFORE_SIGNATURE("linkedOn", "agreements are linked on or after the signature of the one that links"),
    LINK_IN_FUTURE("linkedOn", "a link is recorded once it has been made: today or earlier"),
    ACCESSION_IN_FUTURE("accededOn", "a party is recorded as acceding once it has acceded: today or earlier"),
    RENAME_IN_FUTURE("renamedOn", "a party's new name is recorded once it bears it: today or earlier"),

    AGREEMENT_VOIDED("agreementId", "a voided agreement was entered in error and takes no further command"),
    FACT_UNKNOWN("sequence", "a retraction names the sequence of a fact in the agreement's history"),
    FACT_ALREADY_RETRACTED("sequence", "a fact is retracted once"),
    SIGNATURE_NOT_RETRACTABLE("sequence", "the signature is not retracted: an agreement entered in error is voided"),
    DERIVED_FACT_NOT_RETRACTABLE(
            "sequence",
            "facts the system derived (expiry, termination, withdrawal, their revocations) follow from the rest of the record and"
                    + " are not retracted by hand"),
    CORRECTION_NOT_RETRACTABLE("sequence", "a retraction is not retracted: enter the fact again instead"),
    LATER_FACT_DEPENDS(
            "sequence",
            "a fact is retracted only when every later fact still holds without it; retract or correct those first"),
    REPLACEMENT_OF_ANOTHER_KIND("replacement", "the corrected fact is of the same kind as the fact it replaces");

    private final String field;
    private final String description;

    Rule(String field, String description) {
        this.field = field;
        this.description = description;
    }

    /** The code clients match on, e.g. {@code parties-at-least-two}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String field() {
        return field;
    }

    public String description() {
        return description;
    }
}
