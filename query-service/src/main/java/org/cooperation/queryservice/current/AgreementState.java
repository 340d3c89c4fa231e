package org.cooperation.queryservice.current;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.ParticipantKind;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ParticipantAdmitted;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.agreement.api.event.TermExtended;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.cooperation.agreement.api.event.TerminationNoticeWithdrawn;

/**
 * The current state of one agreement: a fold of its events in sequence order. The same fold
 * serves the live projection and the as-of views, so both always agree.
 */
public record AgreementState(
        AgreementId agreementId,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        List<Party> parties,
        LocalDate signedOn,
        String place,
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
        String financialArrangement,
        long version,
        Instant lastRecordedAt) {

    public record TermState(LocalDate effectiveFrom, LocalDate termEndsOn, Term policy, int extensionsUsed,
                            int extensionsLeft) {
    }

    public record PendingNotice(PartyCode party, LocalDate noticeDate, LocalDate endsOn, String reference) {
    }

    public record Meeting(LocalDate heldOn, CountryCode hostCountry, String city, String level, List<String> attendees,
                          List<String> outcomes, String deviationReason) {
    }

    public record Field(String name, LocalDate addedOn) {
    }

    public record Contact(PartyCode party, String name, String role, String email, LocalDate nominatedOn) {
    }

    public record Participant(String name, ParticipantKind kind, CountryCode country, LocalDate joinedOn) {
    }

    public record Milestone(LocalDate date, String title, String field, String description, List<String> references) {
    }

    public record Link(AgreementId agreementId, Relation relation, LocalDate linkedOn) {
    }

    /** When the next annual meeting is due: a year after the last one, or after the effective date. */
    @JsonIgnore
    public LocalDate nextMeetingDue() {
        if (meetingPolicy == null || meetingPolicy.cadence() != MeetingPolicy.Cadence.ANNUAL) {
            return null;
        }
        LocalDate from = meetings.isEmpty() ? term.effectiveFrom() : meetings.get(meetings.size() - 1).heldOn();
        return from.plusYears(1);
    }

    /**
     * Who should host the next meeting when hosts alternate: the next party's country after the
     * last host, in the order the parties signed. Null when any party may host.
     */
    @JsonIgnore
    public CountryCode expectedHost() {
        if (meetingPolicy == null || !meetingPolicy.alternateHosts() || meetings.isEmpty()) {
            return null;
        }
        List<CountryCode> rotation = parties.stream().map(Party::country).distinct().toList();
        int last = rotation.indexOf(meetings.get(meetings.size() - 1).hostCountry());
        return rotation.get((last + 1) % rotation.size());
    }

    /** A meeting is overdue when it was due before {@code today} while the agreement is still in force. */
    public boolean meetingOverdue(LocalDate today) {
        LocalDate due = nextMeetingDue();
        boolean inForce = status == AgreementStatus.IN_FORCE || status == AgreementStatus.TERMINATION_PENDING;
        return inForce && due != null && due.isBefore(today) && !due.isAfter(term.termEndsOn());
    }

    /** The state right after signature. */
    public static AgreementState signed(AgreementSigned e, long sequence, Instant recordedAt) {
        return new AgreementState(e.agreementId(), e.title(), e.kind(), AgreementStatus.IN_FORCE, e.parties(),
                e.signedOn(), e.place(),
                new TermState(e.effectiveFrom(), e.termEndsOn(), e.term(), 0, e.term().maxExtensions()),
                e.terminationNoticeDays(), null, null, e.meetings(), List.of(),
                e.fieldsOfCooperation().stream().map(name -> new Field(name, e.signedOn())).toList(),
                Map.of(), List.of(), List.of(), List.of(), e.financialArrangement(), sequence, recordedAt);
    }

    /** This state with one more event applied; {@code sequence} must follow {@link #version()}. */
    public AgreementState apply(AgreementEvent event, long sequence, Instant recordedAt) {
        Builder next = new Builder(this, sequence, recordedAt);
        if (event instanceof TermExtended e) {
            next.term = new TermState(term.effectiveFrom(), e.termEndsOn(), term.policy(), e.extensionsUsed(),
                    e.extensionsLeft());
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
        } else if (event instanceof ExpiryRevoked) {
            next.status = pendingNotice == null ? AgreementStatus.IN_FORCE : AgreementStatus.TERMINATION_PENDING;
            next.endedOn = null;
        } else if (event instanceof AnnualMeetingRecorded e) {
            next.meetings = append(meetings, new Meeting(e.heldOn(), e.hostCountry(), e.city(), e.level(),
                    e.attendees(), e.outcomes(), e.deviationReason()));
        } else if (event instanceof ContactNominated e) {
            Map<String, Contact> contacts = new LinkedHashMap<>(this.contacts);
            contacts.put(e.party().value(), new Contact(e.party(), e.name(), e.role(), e.email(), e.nominatedOn()));
            next.contacts = Map.copyOf(contacts);
        } else if (event instanceof ParticipantAdmitted e) {
            next.participants = append(participants, new Participant(e.name(), e.kind(), e.country(), e.joinedOn()));
        } else if (event instanceof FieldOfCooperationAdded e) {
            next.fieldsOfCooperation = append(fieldsOfCooperation, new Field(e.field(), e.addedOn()));
        } else if (event instanceof MilestoneRecorded e) {
            next.milestones = append(milestones, new Milestone(e.date(), e.title(), e.field(), e.description(),
                    e.references()));
        } else if (event instanceof RelatedAgreementLinked e) {
            next.links = append(links, new Link(e.relatedAgreementId(), e.relation(), e.linkedOn()));
        } else if (event instanceof AgreementSigned) {
            throw new IllegalStateException(agreementId + " was signed already");
        }
        return next.build();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    /** The changeable parts of a state while one event is applied. */
    private static final class Builder {
        private final AgreementState from;
        private final long version;
        private final Instant recordedAt;
        private AgreementStatus status;
        private TermState term;
        private PendingNotice pendingNotice;
        private LocalDate endedOn;
        private List<Meeting> meetings;
        private List<Field> fieldsOfCooperation;
        private Map<String, Contact> contacts;
        private List<Participant> participants;
        private List<Milestone> milestones;
        private List<Link> links;

        private Builder(AgreementState from, long version, Instant recordedAt) {
            this.from = from;
            this.version = version;
            this.recordedAt = recordedAt;
            status = from.status;
            term = from.term;
            pendingNotice = from.pendingNotice;
            endedOn = from.endedOn;
            meetings = from.meetings;
            fieldsOfCooperation = from.fieldsOfCooperation;
            contacts = from.contacts;
            participants = from.participants;
            milestones = from.milestones;
            links = from.links;
        }

        private AgreementState build() {
            return new AgreementState(from.agreementId, from.title, from.kind, status, from.parties, from.signedOn,
                    from.place, term, from.terminationNoticeDays, pendingNotice, endedOn, from.meetingPolicy, meetings,
                    fieldsOfCooperation, contacts, participants, milestones, links, from.financialArrangement, version,
                    recordedAt);
        }
    }
}
