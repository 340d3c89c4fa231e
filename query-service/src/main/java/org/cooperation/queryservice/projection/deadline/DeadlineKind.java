package org.cooperation.queryservice.projection.deadline;

/** What falls due on a deadline's day; each name says what the day is the last (or first) day of. */
public enum DeadlineKind {
    /** The last day a party can give written notice that ends the agreement with its term. */
    TERMINATION_NOTICE_LAST_DAY("Last day to give notice of termination"),
    /** The last day the consent letters for an extension can be dated: the term's last day, while extensions are left. */
    EXTENSION_CONSENT_LAST_DAY("Last day for the consent letters of an extension"),
    /** The term's last day in force; the agreement expires the day after unless it is extended. */
    TERM_END("Term ends"),
    /** The last day in force named by a termination notice that is pending. */
    TERMINATION_NOTICE_END("Termination notice takes effect"),
    /** A withdrawing party's last day as a party under its notice; one such deadline for each party withdrawing. */
    PARTY_WITHDRAWAL_END("Withdrawal of a party takes effect"),
    /** The day the next annual meeting is due; it is overdue from the day after. */
    ANNUAL_MEETING_DUE("Annual meeting due");

    private final String title;

    DeadlineKind(String title) {
        this.title = title;
    }

    /** A short title, as a calendar or an extract shows it. */
    public String title() {
        return title;
    }
}
