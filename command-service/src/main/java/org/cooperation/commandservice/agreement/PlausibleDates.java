package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.RuleViolation.check;

import java.time.Clock;
import java.time.LocalDate;
import org.cooperation.agreement.api.BusinessDate;

/**
 * Rule 16 of DOMAIN.md, plausible facts: nothing that happened under an instrument is dated before
 * its signature, and nothing that has happened (a letter written, a notice given, a meeting held ...)
 * is dated after today in the business zone, the injected {@link Clock}'s. Dates that are by nature
 * ahead, such as the day a notice ends the agreement, are not judged here. Each kind of fact refuses
 * with rules of its own, so that a client knows which date of which fact was implausible.
 */
final class PlausibleDates {

    /** A dated fact, and the two rules that its date can break. */
    enum Fact {
        SIGNATURE(null, Rule.SIGNATURE_IN_FUTURE, "the agreement is signed on "),
        CONSENT(Rule.CONSENT_BEFORE_SIGNATURE, Rule.CONSENT_IN_FUTURE, "a consent letter is dated "),
        NOTICE(Rule.NOTICE_BEFORE_SIGNATURE, Rule.NOTICE_IN_FUTURE, "the notice is given on "),
        WITHDRAWAL(Rule.WITHDRAWAL_BEFORE_SIGNATURE, Rule.WITHDRAWAL_IN_FUTURE, "the notice is withdrawn on "),
        MEETING(Rule.MEETING_BEFORE_SIGNATURE, Rule.MEETING_IN_FUTURE, "the meeting is held on "),
        CONTACT(Rule.CONTACT_BEFORE_SIGNATURE, Rule.CONTACT_IN_FUTURE, "the contact is nominated on "),
        PARTICIPANT(Rule.PARTICIPANT_BEFORE_SIGNATURE, Rule.PARTICIPANT_IN_FUTURE, "the participant joins on "),
        FIELD(Rule.FIELD_BEFORE_SIGNATURE, Rule.FIELD_IN_FUTURE, "the field of cooperation is added on "),
        MILESTONE(Rule.MILESTONE_BEFORE_SIGNATURE, Rule.MILESTONE_IN_FUTURE, "the milestone is reached on "),
        LINK(Rule.LINK_BEFORE_SIGNATURE, Rule.LINK_IN_FUTURE, "the agreements are linked on "),
        // Before the signature is outside the period in force, which the programme's own rules judge.
        PROGRAMME_LAUNCH(null, Rule.PROGRAMME_LAUNCH_IN_FUTURE, "the programme is launched in "),
        PROGRAMME_CLOSING(null, Rule.PROGRAMME_CLOSING_IN_FUTURE, "the programme is closed in "),
        // An accession or a new name dated before the signature breaks the stricter rules of its own
        // command (accession-not-after-signature, rename-outside-membership): only the future is judged here.
        ACCESSION(null, Rule.ACCESSION_IN_FUTURE, "the party accedes on "),
        RENAME(null, Rule.RENAME_IN_FUTURE, "the party bears its new name from ");

        private final Rule beforeSignature;
        private final Rule inFuture;
        private final String what;

        Fact(Rule beforeSignature, Rule inFuture, String what) {
            this.beforeSignature = beforeSignature;
            this.inFuture = inFuture;
            this.what = what;
        }
    }

    private PlausibleDates() {}

    /** Refuses a fact dated before {@code signedOn} or after today; {@code field} names the date in the request. */
    static void check(Fact fact, LocalDate date, BusinessDate signedOn, Clock clock, String field) {
        // A day is a date whose range is that day: the range's rules are exactly these.
        check(fact, BusinessDate.of(date), signedOn, clock, field);
    }

    /**
     * A date known only to the year or month, judged by its range: before the signature when all its days
     * are, {@link Rule#DATE_TOO_VAGUE} when only some may be (see {@link #onOrAfter}); after today only
     * when all its days are (a year that has begun may hold the day it happened, so "2026" is plausible
     * during 2026).
     */
    static void check(Fact fact, BusinessDate date, BusinessDate signedOn, Clock clock, String field) {
        if (fact.beforeSignature != null) {
            onOrAfter(date, signedOn, fact.beforeSignature, field, fact.what, "the agreement was signed on");
        }
        LocalDate today = LocalDate.now(clock);
        check(
                !date.after(today),
                fact.inFuture,
                field,
                () -> fact.what + date + ", after today (" + today + " in the business zone): it has not happened yet");
    }

    /** As {@link #check(Fact, LocalDate, BusinessDate, Clock, String)}, naming the rule's own field. */
    static void check(Fact fact, LocalDate date, BusinessDate signedOn, Clock clock) {
        check(fact, date, signedOn, clock, fact.inFuture.field());
    }

    /**
     * Refuses {@code date} when it is before {@code start} ({@code rule}: every day it may stand for is
     * before every day {@code start} may), or may be ({@link Rule#DATE_TOO_VAGUE}: some of its days come
     * before the last day of {@code start}). A date as vague as {@code start}, over the same days, is
     * taken as on or after it: a source that says the EU–Japan Centre was established in 1987 and
     * launched a programme in 1987 orders nothing within that year, and the record does not refuse what
     * the source may well state truly; "as of" a day both then count from the same last day.
     */
    static void onOrAfter(BusinessDate date, BusinessDate start, Rule rule, String field, String what, String since) {
        check(!date.before(start.earliest()), rule, field, () -> what + date + ", before " + since + " " + start);
        check(
                !date.earliest().isBefore(start.latest()) || date.equals(start),
                Rule.DATE_TOO_VAGUE,
                field,
                () -> what + date + ", which may be before " + since + " " + start);
    }

    private static void check(boolean holds, Rule rule, String field, java.util.function.Supplier<String> detail) {
        if (!holds) {
            throw new RuleViolation(rule, detail.get(), field);
        }
    }
}
