package org.cooperation.queryservice.projection.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.ProgrammeStart;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.Witness;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.cooperation.agreement.api.event.PartyAcceded;
import org.cooperation.agreement.api.event.PartyRenamed;
import org.cooperation.agreement.api.event.PartyWithdrew;
import org.cooperation.agreement.api.event.ProgrammeClosed;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationNoticeWithdrawn;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;

/**
 * The state of one agreement: a fold of its events in the order they were recorded (a retraction
 * among them is folded with the whole history, by {@link CorrectedHistory}). The same
 * fold serves the live projection and the as-of views, so both always agree. Items that carry a
 * business date (meetings, fields, participants, milestones, links, contacts, programmes) are placed by that
 * date, so that a fact entered late lands where it happened in the world.
 */
public record AgreementState(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        List<Member> parties,
        BusinessDate signedOn,
        String place,
        List<Witness> witnesses,
        TermState term,
        int terminationNoticeDays,
        PendingNotice pendingNotice,
        LocalDate endedOn,
        MeetingPolicy meetingPolicy,
        List<Meeting> meetings,
        List<Field> fieldsOfCooperation,
        Map<String, Contact> contacts,
        List<Participant> participants,
        List<Milestone> milestones,
        List<Link> links,
        List<Programme> programmes,
        String financialArrangement,
        long version,
        Instant lastRecordedAt) {

    public AgreementState {
        // A state stored before witnesses were recorded has none.
        witnesses = witnesses == null ? List.of() : witnesses;
        // Nor programmes, before they were recorded.
        programmes = programmes == null ? List.of() : programmes;
        // A state stored before memberships were kept: every party signed, and is one since.
        LocalDate signature = signedOn.latest();
        parties = parties.stream().map(party -> party.since(signature)).toList();
    }

    /**
     * @param openEnded true for an instrument that states no term: in force until terminated, so
     *                  {@code termEndsOn} and {@code policy} are absent and no extension is left
     */
    public record TermState(
            BusinessDate effectiveFrom,
            boolean openEnded,
            LocalDate termEndsOn,
            Term policy,
            int extensionsUsed,
            int extensionsLeft) {

        static TermState of(AgreementSigned signed) {
            return signed.openEnded()
                    ? new TermState(signed.effectiveFrom(), true, null, null, 0, 0)
                    : new TermState(
                            signed.effectiveFrom(),
                            false,
                            signed.termEndsOn(),
                            signed.term(),
                            0,
                            signed.term().maxExtensions());
        }
    }

    public record PendingNotice(PartyCode party, LocalDate noticeDate, LocalDate endsOn, String reference) {}

    /**
     * @param hostParty the party that hosted: as the meeting named it, or for a meeting that named only
     *                  a country, the one party of that country on that day (absent when there were several)
     * @param hostCountry the country the meeting was held in
     */
    public record Meeting(
            LocalDate heldOn,
            PartyCode hostParty,
            CountryCode hostCountry,
            String city,
            String level,
            List<Attendee> attendees,
            List<String> outcomes,
            String deviationReason) {}

    public record Field(String name, LocalDate addedOn) {}

    public record Contact(PartyCode party, String name, String role, String email, LocalDate nominatedOn) {}

    public record Participant(String name, ParticipantKind kind, CountryCode country, BusinessDate joinedOn) {}

    public record Milestone(
            BusinessDate date, String title, String field, String description, List<String> references) {}

    public record Link(AgreementId agreementId, Relation relation, LocalDate linkedOn) {}

    /**
     * A programme the agreement runs, its dates as precise as the source gave them ({@code 1987},
     * {@code 2018-10}); open while {@code closedOn} is absent. {@code launchedOn} is absent where the
     * source does not state the launch, and {@code runningBy} is then the date by which it shows the
     * programme running. {@code years} in calendar order.
     */
    public record Programme(
            ProgrammeId programmeId,
            String name,
            String description,
            BusinessDate launchedOn,
            BusinessDate runningBy,
            BusinessDate closedOn,
            List<ProgrammeYear> years)
            implements ProgrammeStart {

        public Programme {
            years = years == null ? List.of() : years;
        }

        private Programme withYear(ProgrammeYear year) {
            return new Programme(
                    programmeId,
                    name,
                    description,
                    launchedOn,
                    runningBy,
                    closedOn,
                    insertByDate(years, year, y -> LocalDate.of(y.year(), 1, 1)));
        }

        private Programme closed(BusinessDate on) {
            return new Programme(programmeId, name, description, launchedOn, runningBy, on, years);
        }
    }

    /** A programme's figures for one calendar year; a count the source does not give is absent. */
    public record ProgrammeYear(int year, Integer participants, Integer applicants, String note) {}

    /** This state with only the links to agreements in {@code shown}. */
    public AgreementState withLinksTo(Set<String> shown) {
        Builder shownLinks = new Builder(this, version, lastRecordedAt);
        shownLinks.links = links.stream()
                .filter(link -> shown.contains(link.agreementId().value()))
                .toList();
        return shownLinks.build();
    }

    /**
     * This state as it stands on {@code day}: an agreement signed to take effect later is
     * {@link AgreementStatus#SIGNED}, not yet in force, until its effective date. The fold records
     * what happened; whether the effective date has come depends on the day the state is read, so
     * it is judged here, at reading, for the current state and every as-of view alike.
     */
    public AgreementState on(LocalDate day) {
        // A vague effective date ("1987", only for an open-ended instrument) is surely past on its last day:
        // until then the instrument is shown signed, not yet in force, as "as of" counts vague dates.
        if (status != AgreementStatus.IN_FORCE
                || !day.isBefore(term.effectiveFrom().latest())) {
            return this;
        }
        Builder notYetInForce = new Builder(this, version, lastRecordedAt);
        notYetInForce.status = AgreementStatus.SIGNED;
        return notYetInForce.build();
    }

    /**
     * When the next annual meeting is due: a year after the latest one, or a year after the
     * effective date while none has been held. Null when no further meeting is due: the meetings
     * are not annual, the agreement has ended, or it ends before that day (a meeting must fall
     * inside the period in force, so none can be due after its last day).
     */
    @JsonIgnore
    public LocalDate nextMeetingDue() {
        if (meetingPolicy == null || meetingPolicy.cadence() != MeetingPolicy.Cadence.ANNUAL || endedOrVoided()) {
            return null;
        }
        LocalDate from = meetings.isEmpty()
                ? term.effectiveFrom().latest()
                : meetings.get(meetings.size() - 1).heldOn();
        LocalDate due = from.plusYears(1);
        LocalDate lastDay = lastDayInForce();
        return lastDay != null && due.isAfter(lastDay) ? null : due;
    }

    /**
     * Whether nothing can fall due any more: the agreement has ended, or it was voided (entered in
     * error as a whole, it never was in force on any date).
     */
    @JsonIgnore
    public boolean endedOrVoided() {
        return endedOn != null || status == AgreementStatus.VOIDED;
    }

    /**
     * Who should host the next meeting when hosts take turns: of the parties on the day it is due, the
     * one that has gone longest without hosting (since the last meeting it hosted, or since it became a
     * party), the first of them in the order they became parties when several have; between two
     * parties, the one that did not host last. Null when any party may host, before the first meeting,
     * and when no further meeting is due.
     */
    @JsonIgnore
    public PartyCode expectedHostParty() {
        LocalDate due = nextMeetingDue();
        if (meetingPolicy == null || !meetingPolicy.alternateHosts() || meetings.isEmpty() || due == null) {
            return null;
        }
        Function<Member, LocalDate> since = party -> meetings.stream()
                .filter(meeting -> party.code().equals(meeting.hostParty()))
                .map(Meeting::heldOn)
                .reduce((earlier, later) -> later)
                .orElse(party.memberFrom());
        return parties.stream()
                .filter(party -> party.isPartyOn(due))
                .min(Comparator.comparing(since))
                .map(Member::code)
                .orElse(null);
    }

    /** The country of the expected host party; null where it has none of its own (the European Commission). */
    @JsonIgnore
    public CountryCode expectedHost() {
        PartyCode host = expectedHostParty();
        return parties.stream()
                .filter(party -> party.code().equals(host))
                .findFirst()
                .map(Member::country)
                .orElse(null);
    }

    /**
     * The last day the agreement is (or was) in force: the end of its term, the end named by a
     * pending notice, or the day before it ended (expiry and termination are recorded as of the
     * first day no longer in force). Null for an open-ended instrument that no notice ends: it has no
     * last day yet.
     */
    @JsonIgnore
    public LocalDate lastDayInForce() {
        if (endedOn != null) {
            return endedOn.minusDays(1);
        }
        return pendingNotice != null ? pendingNotice.endsOn() : term.termEndsOn();
    }

    /**
     * The first day on which a meeting is overdue: the day after it was due (a meeting is only
     * due while the agreement is in force). Null when no meeting can become overdue. Stored as a
     * column, so that lists filter with the same rule as this class.
     */
    @JsonIgnore
    public LocalDate meetingOverdueFrom() {
        LocalDate due = nextMeetingDue();
        return due == null ? null : due.plusDays(1);
    }

    public boolean meetingOverdue(LocalDate today) {
        LocalDate from = meetingOverdueFrom();
        return from != null && !from.isAfter(today);
    }

    /**
     * The one fold of the read models: the state after {@code event}, given the state before it
     * (null before the signature). The live projection and every as-of view go through here.
     */
    public static AgreementState fold(AgreementState before, AgreementEvent event, long sequence, Instant recordedAt) {
        if (before == null) {
            if (event instanceof AgreementSigned signed) {
                return signed(signed, sequence, recordedAt);
            }
            throw new RecordOutOfPlaceException(event.agreementId() + " has no signature before sequence " + sequence);
        }
        return before.apply(event, sequence, recordedAt);
    }

    /** The state right after signature. */
    public static AgreementState signed(AgreementSigned e, long sequence, Instant recordedAt) {
        return new AgreementState(
                e.agreementId(),
                e.title(),
                e.kind(),
                AgreementStatus.IN_FORCE,
                e.parties().stream()
                        .map(party -> Member.of(party, e.signedOn().latest(), null))
                        .toList(),
                e.signedOn(),
                e.place(),
                e.witnesses(),
                TermState.of(e),
                e.terminationNoticeDays(),
                null,
                null,
                e.meetings(),
                List.of(),
                e.fieldsOfCooperation().stream()
                        .map(name -> new Field(name, e.signedOn().latest()))
                        .toList(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                e.financialArrangement(),
                sequence,
                recordedAt);
    }

    /** This state with one more event applied; {@code sequence} must follow {@link #version()}. */
    public AgreementState apply(AgreementEvent event, long sequence, Instant recordedAt) {
        Builder next = new Builder(this, sequence, recordedAt);
        if (event instanceof TermExtended e) {
            next.term = new TermState(
                    term.effectiveFrom(), false, e.termEndsOn(), term.policy(), e.extensionsUsed(), e.extensionsLeft());
        } else if (event instanceof TerminationNoticeGiven e) {
            next.status = AgreementStatus.TERMINATION_PENDING;
            next.pendingNotice = new PendingNotice(e.party(), e.noticeDate(), e.endsOn(), e.reference());
        } else if (event instanceof TerminationNoticeWithdrawn) {
            next.status = AgreementStatus.IN_FORCE;
            next.pendingNotice = null;
        } else if (event instanceof AgreementTerminated e) {
            next.status = AgreementStatus.TERMINATED;
            next.pendingNotice = null;
            next.endedOn = e.terminatedOn();
        } else if (event instanceof AgreementExpired e) {
            next.status = AgreementStatus.EXPIRED;
            next.endedOn = e.expiredOn();
        } else if (event instanceof ExpiryRevoked || event instanceof TerminationRevoked) {
            next.status = pendingNotice == null ? AgreementStatus.IN_FORCE : AgreementStatus.TERMINATION_PENDING;
            next.endedOn = null;
        } else if (event instanceof AgreementVoided) {
            next.status = AgreementStatus.VOIDED;
        } else if (event instanceof FactRetracted) {
            // Only the version moves here: the state without the retracted fact is the fold of the history
            // without it, which CorrectedHistory makes, and which every reader of a retraction uses.
            next.status = status;
        } else if (event instanceof AnnualMeetingRecorded e) {
            next.meetings = insertByDate(
                    meetings,
                    new Meeting(
                            e.heldOn(),
                            e.hostParty() != null ? e.hostParty() : onlyPartyOf(e.hostCountry(), e.heldOn()),
                            e.hostCountry(),
                            e.city(),
                            e.level(),
                            e.attendees(),
                            e.outcomes(),
                            e.deviationReason()),
                    Meeting::heldOn);
        } else if (event instanceof ContactNominated e) {
            next.contacts = nominate(new Contact(e.party(), e.name(), e.role(), e.email(), e.nominatedOn()));
        } else if (event instanceof ParticipantAdmitted e) {
            next.participants = insertByDate(
                    participants,
                    new Participant(e.name(), e.kind(), e.country(), e.joinedOn()),
                    participant -> participant.joinedOn().earliest());
        } else if (event instanceof FieldOfCooperationAdded e) {
            next.fieldsOfCooperation =
                    insertByDate(fieldsOfCooperation, new Field(e.field(), e.addedOn()), Field::addedOn);
        } else if (event instanceof MilestoneRecorded e) {
            next.milestones = insertByDate(
                    milestones,
                    new Milestone(e.date(), e.title(), e.field(), e.description(), e.references()),
                    milestone -> milestone.date().earliest());
        } else if (event instanceof RelatedAgreementLinked e) {
            next.links =
                    insertByDate(links, new Link(e.relatedAgreementId(), e.relation(), e.linkedOn()), Link::linkedOn);
        } else if (event instanceof ProgrammeLaunched e) {
            next.programmes = insertByDate(
                    programmes,
                    new Programme(
                            e.programmeId(), e.name(), e.description(), e.launchedOn(), e.runningBy(), null, List.of()),
                    // In order of the date each has: the launch, or the date it was shown running by.
                    programme -> programme.knownBy().earliest());
        } else if (event instanceof ProgrammeYearRecorded e) {
            next.programmes = changed(
                    e.programmeId(),
                    programme -> programme.withYear(
                            new ProgrammeYear(e.year(), e.participants(), e.applicants(), e.note())));
        } else if (event instanceof ProgrammeClosed e) {
            next.programmes = changed(e.programmeId(), programme -> programme.closed(e.closedOn()));
        } else if (event instanceof PartyAcceded e) {
            next.parties =
                    insertByDate(parties, Member.of(e.party(), e.accededOn(), e.reference()), Member::memberFrom);
        } else if (event instanceof WithdrawalNoticeGiven e) {
            next.parties = changed(
                    e.party(),
                    party ->
                            party.withdrawing(new Member.PendingWithdrawal(e.noticeDate(), e.endsOn(), e.reference())));
        } else if (event instanceof PartyWithdrew e) {
            next.parties = changed(e.party(), party -> party.withdrew(e.lastDayAsParty()));
        } else if (event instanceof WithdrawalRevoked e) {
            next.parties = changed(e.party(), Member::stays);
        } else if (event instanceof PartyRenamed e) {
            next.parties = changed(e.party(), party -> party.renamed(e.name(), e.renamedOn()));
        } else if (event instanceof AgreementSigned) {
            throw new RecordOutOfPlaceException(agreementId + " was signed already");
        } else {
            throw new NoRuleForEventException(event, agreementId);
        }
        return next.build();
    }

    /**
     * Places an item after every item dated on or before it. Secretariats enter history late and
     * out of order; placing by business date makes the latest meeting the latest held, not the
     * latest typed in, and makes the result the same whatever order the facts were entered in.
     */
    private static <T> List<T> insertByDate(List<T> list, T item, Function<T, LocalDate> date) {
        int at = list.size();
        while (at > 0 && date.apply(list.get(at - 1)).isAfter(date.apply(item))) {
            at--;
        }
        List<T> longer = new ArrayList<>(list);
        longer.add(at, item);
        return List.copyOf(longer);
    }

    /** The programmes with the one named changed; a programme never launched is a record out of order. */
    private List<Programme> changed(ProgrammeId programmeId, java.util.function.UnaryOperator<Programme> change) {
        if (programmes.stream().noneMatch(programme -> programme.programmeId().equals(programmeId))) {
            throw new RecordOutOfPlaceException(agreementId + " has no programme " + programmeId);
        }
        return programmes.stream()
                .map(programme -> programme.programmeId().equals(programmeId) ? change.apply(programme) : programme)
                .toList();
    }

    /** The parties, with one of them changed. */
    private List<Member> changed(PartyCode code, UnaryOperator<Member> change) {
        return parties.stream()
                .map(party -> party.code().equals(code) ? change.apply(party) : party)
                .toList();
    }

    /** The one party of that country on that day: the host of a meeting that named only its country. */
    private PartyCode onlyPartyOf(CountryCode country, LocalDate day) {
        List<PartyCode> ofCountry = parties.stream()
                .filter(party -> country.equals(party.country()) && party.isPartyOn(day))
                .map(Member::code)
                .toList();
        return ofCountry.size() == 1 ? ofCountry.get(0) : null;
    }

    /** A nomination replaces the party's contact unless the one on record was nominated later in the world. */
    private Map<String, Contact> nominate(Contact nominated) {
        Contact current = contacts.get(nominated.party().value());
        if (current != null && current.nominatedOn().isAfter(nominated.nominatedOn())) {
            return contacts;
        }
        // Sorted by party code, so that the order of entry leaves no trace.
        Map<String, Contact> replaced = new TreeMap<>(contacts);
        replaced.put(nominated.party().value(), nominated);
        return Collections.unmodifiableMap(replaced);
    }

    /**
     * An event the state cannot place: before the signature, a second signature, the figures of a
     * programme never launched. The command side records no such sequence, so retrying cannot help;
     * the consumer sends the record to the dead letters with this reason instead of stopping its
     * partition.
     */
    public static final class RecordOutOfPlaceException extends IllegalStateException {
        private RecordOutOfPlaceException(String message) {
            super(message);
        }
    }

    /**
     * An event of a type the fold has no rule for. Moving only the version would hide its effect
     * for good, so it is refused, and the consumer sends the record to the dead letters.
     */
    public static final class NoRuleForEventException extends IllegalArgumentException {
        private NoRuleForEventException(AgreementEvent event, AgreementId agreementId) {
            super("the read model has no rule for event type "
                    + (event == null ? null : event.getClass().getName()) + " of " + agreementId);
        }
    }

    /** The changeable parts of a state: while one event is applied, or when a state is read on a day or for a reader. */
    private static final class Builder {
        private final AgreementState from;
        private final long version;
        private final Instant recordedAt;
        private AgreementStatus status;
        private List<Member> parties;
        private TermState term;
        private PendingNotice pendingNotice;
        private LocalDate endedOn;
        private List<Meeting> meetings;
        private List<Field> fieldsOfCooperation;
        private Map<String, Contact> contacts;
        private List<Participant> participants;
        private List<Milestone> milestones;
        private List<Link> links;
        private List<Programme> programmes;

        private Builder(AgreementState from, long version, Instant recordedAt) {
            this.from = from;
            this.version = version;
            this.recordedAt = recordedAt;
            status = from.status;
            parties = from.parties;
            term = from.term;
            pendingNotice = from.pendingNotice;
            endedOn = from.endedOn;
            meetings = from.meetings;
            fieldsOfCooperation = from.fieldsOfCooperation;
            contacts = from.contacts;
            participants = from.participants;
            milestones = from.milestones;
            links = from.links;
            programmes = from.programmes;
        }

        private AgreementState build() {
            return new AgreementState(
                    from.agreementId,
                    from.title,
                    from.kind,
                    status,
                    parties,
                    from.signedOn,
                    from.place,
                    from.witnesses,
                    term,
                    from.terminationNoticeDays,
                    pendingNotice,
                    endedOn,
                    from.meetingPolicy,
                    meetings,
                    fieldsOfCooperation,
                    contacts,
                    participants,
                    milestones,
                    links,
                    programmes,
                    from.financialArrangement,
                    version,
                    recordedAt);
        }
    }
}
