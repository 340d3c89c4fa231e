package org.cooperation.commandservice.agreement;

import static org.cooperation.commandservice.agreement.RuleViolation.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.command.AddFieldOfCooperation;
import org.cooperation.agreement.api.command.AdmitParticipant;
import org.cooperation.agreement.api.command.AgreementCommand;
import org.cooperation.agreement.api.command.CloseProgramme;
import org.cooperation.agreement.api.command.ExtendTerm;
import org.cooperation.agreement.api.command.LaunchProgramme;
import org.cooperation.agreement.api.command.LinkRelatedAgreement;
import org.cooperation.agreement.api.command.NominateContact;
import org.cooperation.agreement.api.command.RecordAccession;
import org.cooperation.agreement.api.command.RecordAnnualMeeting;
import org.cooperation.agreement.api.command.RecordMilestone;
import org.cooperation.agreement.api.command.RecordProgrammeYear;
import org.cooperation.agreement.api.command.RenameParty;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementExpired;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementTerminated;
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
 * Every event on an agreement's record by its sequence, and which facts are retracted (rule 17 of
 * DOMAIN.md): a member of the {@link Agreement} that sees each of its events. It judges whether a fact
 * may be retracted: one that a person entered, not yet retracted, and whose absence leaves every later
 * fact in effect valid, judged on business dates as when they were entered (an extension that a later
 * one builds on, a notice that a withdrawal takes back, a meeting between two of the same host ...).
 */
final class RecordedFacts {

    /**
     * The facts a person enters, which a person may retract, each with the command that enters it (and
     * so may replace it); the rest the system derives, or corrects.
     */
    private static final Map<Class<? extends AgreementEvent>, Class<? extends AgreementCommand>> ENTERED =
            Map.ofEntries(
                    Map.entry(TermExtended.class, ExtendTerm.class),
                    Map.entry(TerminationNoticeGiven.class, TerminateWithNotice.class),
                    // Among three or more parties a party's notice is its withdrawal: the same command.
                    Map.entry(WithdrawalNoticeGiven.class, TerminateWithNotice.class),
                    Map.entry(TerminationNoticeWithdrawn.class, WithdrawTerminationNotice.class),
                    Map.entry(AnnualMeetingRecorded.class, RecordAnnualMeeting.class),
                    Map.entry(ContactNominated.class, NominateContact.class),
                    Map.entry(ParticipantAdmitted.class, AdmitParticipant.class),
                    Map.entry(FieldOfCooperationAdded.class, AddFieldOfCooperation.class),
                    Map.entry(MilestoneRecorded.class, RecordMilestone.class),
                    Map.entry(RelatedAgreementLinked.class, LinkRelatedAgreement.class),
                    Map.entry(ProgrammeLaunched.class, LaunchProgramme.class),
                    Map.entry(ProgrammeYearRecorded.class, RecordProgrammeYear.class),
                    Map.entry(ProgrammeClosed.class, CloseProgramme.class),
                    Map.entry(PartyAcceded.class, RecordAccession.class),
                    Map.entry(PartyRenamed.class, RenameParty.class));

    private static final Set<Class<? extends AgreementEvent>> DERIVED = Set.of(
            AgreementExpired.class,
            AgreementTerminated.class,
            ExpiryRevoked.class,
            TerminationRevoked.class,
            PartyWithdrew.class,
            WithdrawalRevoked.class);

    private final NavigableMap<Long, AgreementEvent> events = new TreeMap<>();
    private final Set<Long> retracted = new HashSet<>();
    private boolean alternateHosts;

    @EventSourcingHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        events.put(sequence, event);
        if (event instanceof FactRetracted retraction) {
            retracted.add(retraction.retractedSequence());
        } else if (event instanceof AgreementSigned signed) {
            alternateHosts = signed.meetings() != null && signed.meetings().alternateHosts();
        }
    }

    /** The event recorded at {@code sequence}; null when there is none. */
    AgreementEvent at(long sequence) {
        return events.get(sequence);
    }

    /** The notice in effect that a withdrawal recorded at {@code sequence} took back: the last one given before it. */
    TerminationNoticeGiven noticeBefore(long sequence) {
        return inEffect(TerminationNoticeGiven.class, events.headMap(sequence, false))
                .lastEntry()
                .getValue();
    }

    /**
     * An extension in effect whose last consent letter is dated on or after {@code day}: a party from
     * that day would have had to consent to it, and did not.
     */
    Optional<Map.Entry<Long, TermExtended>> extensionConsentedFrom(LocalDate day) {
        return inEffect(TermExtended.class, events).entrySet().stream()
                .filter(extension -> !extension.getValue().businessDate().isBefore(day))
                .findFirst();
    }

    /** The fact at {@code sequence}, when the rules let it be retracted; otherwise the rule it breaks. */
    AgreementEvent retractable(long sequence) {
        AgreementEvent fact = events.get(sequence);
        check(
                fact != null,
                Rule.FACT_UNKNOWN,
                () -> "the agreement's history has no event " + sequence + "; its last is " + events.lastKey());
        check(
                !retracted.contains(sequence),
                Rule.FACT_ALREADY_RETRACTED,
                () -> "the " + type(fact) + " recorded as sequence " + sequence + " is retracted already");
        check(
                !(fact instanceof AgreementSigned),
                Rule.SIGNATURE_NOT_RETRACTABLE,
                "sequence 0 is the signature; an agreement entered in error is voided as a whole");
        check(
                !DERIVED.contains(fact.getClass()),
                Rule.DERIVED_FACT_NOT_RETRACTABLE,
                () -> "the " + type(fact)
                        + " recorded as sequence " + sequence
                        + " follows from the rest of the record; retract the fact it"
                        + " follows from instead");
        check(
                ENTERED.containsKey(fact.getClass()),
                Rule.CORRECTION_NOT_RETRACTABLE,
                () -> "the " + type(fact) + " recorded as sequence " + sequence
                        + " is a correction; enter the fact again instead");
        if (fact instanceof TermExtended extension) {
            checkWithoutExtension(sequence, extension);
        } else if (fact instanceof TerminationNoticeGiven) {
            checkWithoutNotice(sequence);
        } else if (fact instanceof TerminationNoticeWithdrawn) {
            checkWithoutWithdrawal(sequence, noticeBefore(sequence));
        } else if (fact instanceof AnnualMeetingRecorded meeting && alternateHosts) {
            checkWithoutMeeting(sequence, meeting);
        } else if (fact instanceof ProgrammeLaunched launched) {
            // Its figures and its closing name it: they go first.
            events.tailMap(sequence, false).entrySet().stream()
                    .filter(later -> !retracted.contains(later.getKey()))
                    .filter(later -> (later.getValue() instanceof ProgrammeYearRecorded year
                                    && year.programmeId().equals(launched.programmeId()))
                            || (later.getValue() instanceof ProgrammeClosed closed
                                    && closed.programmeId().equals(launched.programmeId())))
                    .findFirst()
                    .ifPresent(later -> dependsOn(later.getKey(), "is of the programme this launched"));
        } else if (fact instanceof PartyAcceded accession) {
            checkWithoutAccession(sequence, accession);
        } else if (fact instanceof WithdrawalNoticeGiven withdrawal) {
            checkWithoutWithdrawalNotice(sequence, withdrawal);
        } else if (fact instanceof PartyRenamed rename) {
            checkWithoutRename(sequence, rename);
        }
        return fact;
    }

    /**
     * Without the accession the party never was one: no later fact may name it, and no later fact may
     * have counted it among the parties (a withdrawal that left two others with it; a host's turn
     * among the parties of that day, judged on how many there were).
     */
    private void checkWithoutAccession(long sequence, PartyAcceded accession) {
        PartyCode party = accession.party().code();
        events.tailMap(sequence, false).entrySet().stream()
                .filter(later -> !retracted.contains(later.getKey()))
                .filter(later -> names(later.getValue(), party))
                .findFirst()
                .ifPresent(later -> dependsOn(later.getKey(), "names " + party + ", a party only by this accession"));
        inEffect(WithdrawalNoticeGiven.class, events.tailMap(sequence, false)).entrySet().stream()
                .filter(notice -> !notice.getValue().noticeDate().isBefore(accession.accededOn()))
                .findFirst()
                .ifPresent(notice -> dependsOn(
                        notice.getKey(), "was given while " + party + " counted among the parties that remain"));
        if (alternateHosts) {
            inEffect(AnnualMeetingRecorded.class, events.tailMap(sequence, false)).entrySet().stream()
                    .filter(meeting -> !meeting.getValue().heldOn().isBefore(accession.accededOn()))
                    .filter(meeting -> meeting.getValue().deviationReason() == null)
                    .findFirst()
                    .ifPresent(meeting ->
                            dependsOn(meeting.getKey(), "was hosted in turn among parties that counted " + party));
        }
    }

    /**
     * Without the notice the party is not leaving, so a later notice given while it was pending or gone
     * may no longer leave the two parties that made it a termination rather than a withdrawal (which
     * is also the only way a withdrawal can have come before the agreement's end). A withdrawal that
     * took effect is revoked with it, and the party is one again after its last day: an extension
     * whose consents are dated after that day lacks its consent, and a meeting hosted in turn then was
     * judged among parties that did not count it.
     */
    private void checkWithoutWithdrawalNotice(long sequence, WithdrawalNoticeGiven notice) {
        NavigableMap<Long, AgreementEvent> later = events.tailMap(sequence, false);
        inEffect(TerminationNoticeGiven.class, later).entrySet().stream()
                .findFirst()
                .ifPresent(termination -> dependsOn(
                        termination.getKey(), "was given counting " + notice.party() + " as leaving the agreement"));
        Optional<PartyWithdrew> withdrew = later.values().stream()
                .filter(event ->
                        event instanceof PartyWithdrew gone && gone.party().equals(notice.party()))
                .map(PartyWithdrew.class::cast)
                .findFirst();
        if (withdrew.isEmpty()) {
            return;
        }
        LocalDate gone = withdrew.get().withdrewOn();
        inEffect(TermExtended.class, later).entrySet().stream()
                .filter(extension -> !extension.getValue().businessDate().isBefore(gone))
                .filter(extension -> !names(extension.getValue(), notice.party()))
                .findFirst()
                .ifPresent(extension -> dependsOn(
                        extension.getKey(),
                        "was consented to after " + notice.party() + " withdrew, without its consent"));
        if (alternateHosts) {
            inEffect(AnnualMeetingRecorded.class, later).entrySet().stream()
                    .filter(meeting -> !meeting.getValue().heldOn().isBefore(gone))
                    .filter(meeting -> meeting.getValue().deviationReason() == null)
                    .findFirst()
                    .ifPresent(meeting -> dependsOn(
                            meeting.getKey(),
                            "was hosted in turn among parties that no longer counted " + notice.party()));
        }
    }

    /**
     * Without the new name the party bears the name before it up to the next new name, which must
     * then still differ from it.
     */
    private void checkWithoutRename(long sequence, PartyRenamed rename) {
        NavigableMap<LocalDate, Map.Entry<Long, String>> names = new TreeMap<>();
        events.forEach((at, event) -> {
            if (event instanceof AgreementSigned signed) {
                signed.parties().stream()
                        .filter(party -> party.code().equals(rename.party()))
                        .forEach(party -> names.put(signed.signedOn().latest(), Map.entry(at, party.name())));
            } else if (event instanceof PartyAcceded accession
                    && accession.party().code().equals(rename.party())
                    && !retracted.contains(at)) {
                names.put(accession.accededOn(), Map.entry(at, accession.party().name()));
            }
        });
        inEffect(PartyRenamed.class, events).forEach((at, other) -> {
            if (other.party().equals(rename.party()) && at != sequence) {
                names.put(other.renamedOn(), Map.entry(at, other.name()));
            }
        });
        var before = names.lowerEntry(rename.renamedOn());
        var after = names.higherEntry(rename.renamedOn());
        if (before != null
                && after != null
                && before.getValue().getValue().equals(after.getValue().getValue())) {
            dependsOn(
                    after.getValue().getKey(),
                    "names " + rename.party() + " " + after.getValue().getValue()
                            + ", the name it would bear already without this one");
        }
    }

    /** Whether a fact names the party: as the party of a notice, a name, a contact, a consent, a host or a delegation. */
    private static boolean names(AgreementEvent fact, PartyCode party) {
        if (fact instanceof TermExtended extension) {
            return extension.consents().stream()
                    .anyMatch(consent -> consent.party().equals(party));
        } else if (fact instanceof AnnualMeetingRecorded meeting) {
            return party.equals(meeting.hostParty())
                    || meeting.attendees().stream().anyMatch(attendee -> party.equals(attendee.party()));
        }
        PartyCode named = fact instanceof TerminationNoticeGiven notice
                ? notice.party()
                : fact instanceof WithdrawalNoticeGiven withdrawal
                        ? withdrawal.party()
                        : fact instanceof TerminationNoticeWithdrawn withdrawal
                                ? withdrawal.party()
                                : fact instanceof PartyRenamed rename
                                        ? rename.party()
                                        : fact instanceof ContactNominated contact ? contact.party() : null;
        return party.equals(named);
    }

    /** Only the last extension goes; the term then ends on its previous end, and every later fact must fit. */
    private void checkWithoutExtension(long sequence, TermExtended extension) {
        inEffect(TermExtended.class, events.tailMap(sequence, false)).entrySet().stream()
                .findFirst()
                .ifPresent(later -> dependsOn(later.getKey(), "extended the term this extension made"));
        LocalDate lastDay = extension.previousTermEndsOn();
        datedFactsAfter(lastDay, sequence)
                .ifPresent(later -> dependsOn(
                        later.getKey(),
                        "is dated " + dateOf(later.getValue()) + ", after the term's last day " + lastDay
                                + " without this extension"));
        noticeInEffect(sequence)
                .filter(notice -> notice.getValue().endsOn().isAfter(lastDay))
                .ifPresent(notice -> dependsOn(
                        notice.getKey(),
                        "ends the agreement after " + notice.getValue().endsOn() + ", later than the term's last day "
                                + lastDay + " without this extension"));
    }

    private void checkWithoutNotice(long sequence) {
        inEffect(TerminationNoticeWithdrawn.class, events.tailMap(sequence, false)).entrySet().stream()
                .findFirst()
                .ifPresent(withdrawal -> dependsOn(withdrawal.getKey(), "took this notice back"));
    }

    /** Without the withdrawal its notice is in effect again, with everything that a pending notice forbids. */
    private void checkWithoutWithdrawal(long sequence, TerminationNoticeGiven notice) {
        NavigableMap<Long, AgreementEvent> later = events.tailMap(sequence, false);
        inEffect(TerminationNoticeGiven.class, later).entrySet().stream()
                .findFirst()
                .ifPresent(second -> dependsOn(
                        second.getKey(), "is a second notice, given while the first one would still be pending"));
        inEffect(TermExtended.class, later).entrySet().stream()
                .filter(extension -> extension.getValue().consents().stream()
                        .anyMatch(consent -> !consent.letterDate().isBefore(notice.noticeDate())))
                .findFirst()
                .ifPresent(extension -> dependsOn(
                        extension.getKey(),
                        "extended the term under the" + " notice of " + notice.noticeDate()
                                + " with consents not all dated before it"));
        datedFactsAfter(notice.endsOn(), sequence)
                .ifPresent(fact -> dependsOn(
                        fact.getKey(),
                        "is dated " + dateOf(fact.getValue()) + ", after " + notice.endsOn()
                                + ", when the notice would end the agreement"));
    }

    /** The meetings either side of the retracted one become neighbours: their hosts must still alternate. */
    private void checkWithoutMeeting(long sequence, AnnualMeetingRecorded meeting) {
        TreeMap<LocalDate, Map.Entry<Long, AnnualMeetingRecorded>> byDay = new TreeMap<>();
        inEffect(AnnualMeetingRecorded.class, events).entrySet().stream()
                .filter(other -> other.getKey() != sequence)
                .forEach(other -> byDay.put(other.getValue().heldOn(), other));
        var before = byDay.floorEntry(meeting.heldOn());
        var after = byDay.higherEntry(meeting.heldOn());
        if (before != null && after != null) {
            AnnualMeetingRecorded first = before.getValue().getValue();
            AnnualMeetingRecorded second = after.getValue().getValue();
            boolean explained = first.deviationReason() != null || second.deviationReason() != null;
            if (first.hostCountry().equals(second.hostCountry()) && !explained) {
                dependsOn(
                        after.getValue().getKey(),
                        "was hosted by " + second.hostCountry() + ", as was the meeting of " + first.heldOn()
                                + ", with no reason recorded for the repeat");
            }
        }
    }

    /** The notice pending or ended by, in effect and not withdrawn, other than the fact at {@code except}. */
    private Optional<Map.Entry<Long, TerminationNoticeGiven>> noticeInEffect(long except) {
        var notices = inEffect(TerminationNoticeGiven.class, events);
        var last = notices.lastEntry();
        if (last == null || last.getKey() == except) {
            return Optional.empty();
        }
        boolean withdrawn = !inEffect(TerminationNoticeWithdrawn.class, events.tailMap(last.getKey(), false))
                .isEmpty();
        return withdrawn ? Optional.empty() : Optional.of(last);
    }

    /** The first fact in effect, other than the one at {@code except}, dated in the period in force after {@code day}. */
    private Optional<Map.Entry<Long, AgreementEvent>> datedFactsAfter(LocalDate day, long except) {
        return events.entrySet().stream()
                .filter(entry -> entry.getKey() != except && !retracted.contains(entry.getKey()))
                .filter(entry -> dateOf(entry.getValue()) != null
                        && dateOf(entry.getValue()).isAfter(day))
                .findFirst();
    }

    /** The date of a fact that must fall inside the period in force; null for other facts. */
    private static LocalDate dateOf(AgreementEvent fact) {
        if (fact instanceof AnnualMeetingRecorded meeting) {
            return meeting.heldOn();
        } else if (fact instanceof ParticipantAdmitted participant) {
            return participant.joinedOn().latest();
        } else if (fact instanceof FieldOfCooperationAdded field) {
            return field.addedOn();
        } else if (fact instanceof MilestoneRecorded milestone) {
            return milestone.date().latest();
        } else if (fact instanceof PartyAcceded accession) {
            return accession.accededOn();
        }
        return null;
    }

    private <T extends AgreementEvent> NavigableMap<Long, T> inEffect(Class<T> type, Map<Long, AgreementEvent> among) {
        NavigableMap<Long, T> found = new TreeMap<>();
        among.forEach((sequence, event) -> {
            if (type.isInstance(event) && !retracted.contains(sequence)) {
                found.put(sequence, type.cast(event));
            }
        });
        return found;
    }

    private void dependsOn(long later, String why) {
        throw new RuleViolation(
                Rule.LATER_FACT_DEPENDS,
                "the " + type(events.get(later)) + " recorded as sequence " + later + " " + why
                        + "; retract or correct it first");
    }

    static String type(AgreementEvent event) {
        return event.getClass().getSimpleName();
    }

    /** Refuses a corrected fact of another kind than the one it replaces. */
    static void checkSameKind(AgreementEvent fact, AgreementCommand replacement) {
        Class<? extends AgreementCommand> expected = ENTERED.get(fact.getClass());
        check(
                expected.isInstance(replacement),
                Rule.REPLACEMENT_OF_ANOTHER_KIND,
                () -> "a " + type(fact)
                        + " is replaced by what " + expected.getSimpleName() + " records, not by "
                        + replacement.getClass().getSimpleName());
    }
}
