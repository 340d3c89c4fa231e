package org.cooperation.commandservice.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.cooperation.commandservice.agreement.RuleViolation.check;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.Attendee;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.Consent;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Limits;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.ProgrammeId;
import org.cooperation.agreement.api.PublishedLanguage;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
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
import org.cooperation.agreement.api.command.RetractFact;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.command.TerminateWithNotice;
import org.cooperation.agreement.api.command.VoidAgreement;
import org.cooperation.agreement.api.command.WithdrawTerminationNotice;
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
 * One cooperation agreement. Command handlers check the rules of DOMAIN.md and apply events;
 * event-sourcing handlers only assign state. Each handler returns the agreement's version after
 * the command, so that a client can ask the query side for at least that version.
 *
 * <p>Every rule is judged on business dates (the dates in the command), never on the day the
 * command arrives: secretariats enter history years after it happened. The injected {@link Clock}
 * only supplies a date a command leaves out, and the zone in which deadlines fall due.
 */
@Aggregate(commandTargetResolver = "agreementTargetResolver", cache = "recentAgreements")
public class Agreement {

    @AggregateIdentifier
    private AgreementId id;

    private final PartyRoll parties = new PartyRoll();
    /** As precise as the source; see {@link PlausibleDates#onOrAfter} for how facts under it are judged. */
    private BusinessDate signedOn;

    private Term term;
    private BusinessDate effectiveFrom;
    private LocalDate termEndsOn;
    private int terminationNoticeDays;
    private int extensionsUsed;
    private AgreementStatus status;
    /** The notice that is pending or that ended the agreement; null when none is. */
    private TerminationNoticeGiven notice;

    private LocalDate expiredOn;
    private MeetingPolicy meetingPolicy;
    private final MeetingHosts meetingHosts = new MeetingHosts();
    private final Set<String> participants = new HashSet<>();
    private final Set<String> fields = new HashSet<>();
    private final Set<RelatedAgreementLinked> links = new HashSet<>();
    private final Programmes programmes = new Programmes();
    /** Every event by its sequence, and which facts are retracted: what a correction is judged on. */
    @AggregateMember
    private final RecordedFacts facts = new RecordedFacts();

    protected Agreement() {
        // Axon rebuilds the agreement from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(SignAgreement command, DeadlineManager deadlines, Clock clock) {
        check(
                command.parties().size() >= 2,
                Rule.PARTIES_AT_LEAST_TWO,
                "an agreement needs at least two parties, got "
                        + command.parties().size());
        check(
                command.parties().stream().map(Party::code).distinct().count()
                        == command.parties().size(),
                Rule.PARTIES_DISTINCT,
                "a party code appears more than once");
        PlausibleDates.onOrAfter(
                command.effectiveFrom(),
                command.signedOn(),
                Rule.EFFECTIVE_NOT_BEFORE_SIGNATURE,
                "effectiveFrom",
                "effectiveFrom ",
                "signedOn");
        check(
                command.openEnded() || command.effectiveFrom().exact(),
                Rule.TERM_FROM_A_DAY,
                () -> "a term of " + command.term().initialYears() + " years cannot run from " + command.effectiveFrom()
                        + ": give the day it took effect, or leave the term out if the instrument states none");
        check(
                command.terminationNoticeDays() >= 0,
                Rule.NOTICE_DAYS_NOT_NEGATIVE,
                "terminationNoticeDays must be zero or more");
        PlausibleDates.check(PlausibleDates.Fact.SIGNATURE, command.signedOn(), command.signedOn(), clock, "signedOn");

        // An open-ended instrument has no term to end: none is invented, and no expiry is ever due.
        LocalDate termEnd = command.openEnded()
                ? null
                : withinCalendar(
                        () -> command.term().initialEnd(command.effectiveFrom().earliest()),
                        "effective " + command.effectiveFrom() + " for "
                                + command.term().initialYears() + " years");
        apply(new AgreementSigned(
                command.agreementId(),
                command.title(),
                command.kind(),
                command.parties(),
                command.signedOn(),
                command.place(),
                command.effectiveFrom(),
                command.term(),
                termEnd,
                command.terminationNoticeDays(),
                command.meetings(),
                command.fieldsOfCooperation(),
                command.financialArrangement(),
                command.witnesses()));
        if (termEnd != null) {
            Deadlines.scheduleFirstExpiry(deadlines, clock, termEnd);
        }
        return version();
    }

    /**
     * An extension entered after the expiry was recorded is still valid when its consents predate
     * the expiry; the wrong expiry is then revoked by an event of its own before the term is extended.
     * Likewise an extension whose every consent predates a termination notice was agreed before
     * the notice was given, so it is recorded even though the notice, entered first, is pending or
     * has ended the agreement; the notice still ends it on its day.
     */
    @CommandHandler
    public long handle(ExtendTerm command, DeadlineManager deadlines, Clock clock) {
        check(
                term != null,
                Rule.OPEN_ENDED_NOT_EXTENSIBLE,
                "the agreement states no term: it is in force until terminated, so there is no term to extend");
        for (int i = 0; i < command.consents().size(); i++) {
            PlausibleDates.check(
                    PlausibleDates.Fact.CONSENT,
                    command.consents().get(i).letterDate(),
                    signedOn,
                    clock,
                    "consents[" + i + "].letterDate");
        }
        boolean agreedBeforeNotice = notice != null
                && command.consents().stream()
                        .allMatch(consent -> consent.letterDate().isBefore(notice.noticeDate()));
        check(
                status != AgreementStatus.TERMINATED || agreedBeforeNotice,
                Rule.AGREEMENT_ENDED,
                () -> endDescription() + ", and not every consent is dated before the notice of "
                        + notice.noticeDate());
        check(
                status != AgreementStatus.TERMINATION_PENDING || agreedBeforeNotice,
                Rule.EXTENSION_WHILE_TERMINATION_PENDING,
                () -> notice.party() + " gave notice on " + notice.noticeDate() + " to end the agreement after "
                        + notice.endsOn() + ", and not every consent is dated before it");
        check(
                extensionsUsed < term.maxExtensions(),
                Rule.NO_EXTENSIONS_LEFT,
                "the term may be extended " + term.maxExtensions() + " time(s) and has been extended " + extensionsUsed
                        + " time(s)");
        checkConsentsFromTheParties(command.consents());
        command.consents()
                .forEach(consent -> check(
                        !consent.letterDate().isAfter(termEndsOn),
                        Rule.CONSENT_AFTER_TERM_END,
                        "the consent of " + consent.party() + " is dated " + consent.letterDate()
                                + ", after the term's last day " + termEndsOn));

        revokeRecordedExpiry(
                "an extension entered later has consents dated on or before the term's last day " + termEndsOn);
        LocalDate extendedEnd = withinCalendar(
                () -> term.extendedEnd(termEndsOn),
                "extended by " + term.extensionYears() + " years after " + termEndsOn);
        apply(new TermExtended(
                id,
                command.consents(),
                termEndsOn,
                extendedEnd,
                extensionsUsed + 1,
                term.maxExtensions() - extensionsUsed - 1));
        if (status != AgreementStatus.TERMINATED) {
            // Under a pending notice the termination comes first and cancels this expiry.
            Deadlines.rescheduleExpiry(deadlines, clock, extendedEnd);
        }
        return version();
    }

    /**
     * A notice entered after the expiry was recorded is judged on its own dates like any other: a
     * valid one necessarily ends the agreement on or before the term's last day, so the expiry was
     * wrong (the agreement ended by termination) and is revoked by an event of its own, as for a
     * late extension. The termination deadline has then passed, so the agreement ends at once.
     */
    @CommandHandler
    public long handle(TerminateWithNotice command, DeadlineManager deadlines, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.NOTICE, command.noticeDate(), signedOn, clock);
        check(status != AgreementStatus.TERMINATED, Rule.AGREEMENT_ENDED, this::endDescription);
        check(
                status != AgreementStatus.EXPIRED || !command.noticeDate().isAfter(termEndsOn),
                Rule.AGREEMENT_ENDED,
                this::endDescription);
        check(
                status != AgreementStatus.TERMINATION_PENDING,
                Rule.TERMINATION_ALREADY_PENDING,
                () -> notice.party() + " already gave notice to end the agreement after " + notice.endsOn());
        checkPartyOn(command.party(), command.noticeDate());
        check(
                parties.pendingWithdrawal(command.party()).isEmpty(),
                Rule.WITHDRAWAL_ALREADY_PENDING,
                () -> command.party() + " already gave notice of its withdrawal after "
                        + parties.pendingWithdrawal(command.party())
                                .orElseThrow()
                                .endsOn());
        LocalDate earliestEnd = earliestEnd(command.noticeDate());
        check(
                !command.endsOn().isBefore(earliestEnd),
                Rule.NOTICE_TOO_SHORT,
                "notice given on " + command.noticeDate() + " with " + terminationNoticeDays
                        + " days' notice ends the agreement on " + earliestEnd + " at the earliest, not "
                        + command.endsOn());
        // An open-ended instrument ends on the day the notice names, however far off, as long as the
        // termination, recorded the day after, is still a date of the published language.
        check(
                termEndsOn == null || !command.endsOn().isAfter(termEndsOn),
                Rule.NOTICE_ENDS_AFTER_TERM,
                () -> "endsOn " + command.endsOn() + " is after the term's last day " + termEndsOn);
        check(
                command.endsOn().isBefore(PublishedLanguage.LAST_DATE),
                Rule.NOTICE_BEYOND_CALENDAR,
                () -> "endsOn " + command.endsOn() + " leaves no day in the calendar to record the termination on");

        // With three or more parties a party's notice is its withdrawal, as long as two others remain.
        if (parties.remainingAfter(command.party(), command.noticeDate()) >= 2) {
            apply(new WithdrawalNoticeGiven(
                    id, command.party(), command.noticeDate(), command.endsOn(), command.reference()));
            Deadlines.scheduleWithdrawal(deadlines, clock, command.party(), command.endsOn());
            return version();
        }
        revokeRecordedExpiry("a termination notice entered later, given by " + command.party() + " on "
                + command.noticeDate() + ", ends the agreement after " + command.endsOn()
                + ", on or before the term's last day " + termEndsOn);
        apply(new TerminationNoticeGiven(
                id, command.party(), command.noticeDate(), command.endsOn(), command.reference()));
        Deadlines.scheduleTermination(deadlines, clock, command.endsOn());
        return version();
    }

    /**
     * A withdrawal entered after the termination it prevented was recorded (history entered in any
     * order) is judged on its dates like any other: dated on or before the notice's last day, it took
     * the notice back in time, so the recorded termination was wrong and is revoked by an event of its
     * own, as a late extension revokes an expiry; the term then runs, and an expiry due already follows.
     */
    @CommandHandler
    public long handle(WithdrawTerminationNotice command, DeadlineManager deadlines, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.WITHDRAWAL, command.withdrawnOn(), signedOn, clock);
        check(status != AgreementStatus.EXPIRED, Rule.AGREEMENT_ENDED, this::endDescription);
        check(
                status == AgreementStatus.TERMINATION_PENDING || status == AgreementStatus.TERMINATED,
                Rule.NO_TERMINATION_PENDING,
                "no termination notice is pending");
        checkParty(command.party());
        check(
                notice.party().equals(command.party()),
                Rule.WITHDRAWAL_BY_OTHER_PARTY,
                "the notice was given by " + notice.party() + ", not " + command.party());
        check(
                !command.withdrawnOn().isBefore(notice.noticeDate())
                        && !command.withdrawnOn().isAfter(notice.endsOn()),
                Rule.WITHDRAWAL_OUTSIDE_NOTICE,
                "withdrawnOn " + command.withdrawnOn() + " is not between the notice date " + notice.noticeDate()
                        + " and the agreement's last day " + notice.endsOn());

        boolean terminatedMeanwhile = status == AgreementStatus.TERMINATED;
        if (terminatedMeanwhile) {
            apply(new TerminationRevoked(
                    id,
                    notice.endsOn().plusDays(1),
                    "a withdrawal entered later, dated "
                            + command.withdrawnOn() + ", took the notice back before it ended the agreement after "
                            + notice.endsOn()));
        }
        apply(new TerminationNoticeWithdrawn(id, command.party(), command.withdrawnOn(), command.reference()));
        Deadlines.cancelTermination(deadlines);
        if (terminatedMeanwhile && termEndsOn != null) {
            Deadlines.rescheduleExpiry(deadlines, clock, termEndsOn);
        }
        return version();
    }

    /**
     * Rule 17: a fact entered in error is retracted by an event of its own, never edited or deleted.
     * The rules are judged again without it ({@link RecordedFacts#retractable}); what follows from its
     * absence is recorded by events too (an expiry, termination or withdrawal it caused is revoked, one now
     * due is scheduled, and falls due at once when its day has passed). A corrected fact given in the same
     * command is then judged and recorded as the command of its kind would be, on the corrected record.
     */
    @CommandHandler
    public long handle(RetractFact command, DeadlineManager deadlines, Clock clock) {
        AgreementEvent fact = facts.retractable(command.sequence());
        if (command.replacement() != null) {
            RecordedFacts.checkSameKind(fact, command.replacement());
        }
        LocalDate terminatedOn =
                status == AgreementStatus.TERMINATED ? notice.endsOn().plusDays(1) : null;
        LocalDate withdrewAfter =
                fact instanceof WithdrawalNoticeGiven withdrawal ? parties.lastDay(withdrawal.party()) : null;
        apply(new FactRetracted(
                id, command.sequence(), RecordedFacts.type(fact), fact.businessDate(), command.reason()));
        String why = "the " + RecordedFacts.type(fact) + " recorded as sequence " + command.sequence()
                + ", from which it followed, was retracted";
        if (fact instanceof TermExtended) {
            revokeRecordedExpiry(why);
            if (status != AgreementStatus.TERMINATED) {
                Deadlines.rescheduleExpiry(deadlines, clock, termEndsOn);
            }
        } else if (fact instanceof TerminationNoticeGiven) {
            Deadlines.cancelTermination(deadlines);
            if (terminatedOn != null) {
                apply(new TerminationRevoked(id, terminatedOn, why));
            }
            if (termEndsOn != null) {
                Deadlines.rescheduleExpiry(deadlines, clock, termEndsOn);
            }
        } else if (fact instanceof TerminationNoticeWithdrawn) {
            revokeRecordedExpiry("the withdrawal recorded as sequence " + command.sequence() + " was retracted, so the"
                    + " notice of " + notice.noticeDate() + " ends the agreement after " + notice.endsOn());
            Deadlines.scheduleTermination(deadlines, clock, notice.endsOn());
        } else if (fact instanceof WithdrawalNoticeGiven withdrawal) {
            // The party stays: a withdrawal it caused is revoked, one pending is no longer due; the other
            // parties' still are.
            if (withdrewAfter != null) {
                apply(new WithdrawalRevoked(id, withdrawal.party(), withdrewAfter, why));
            }
            Deadlines.cancelWithdrawals(deadlines);
            parties.pendingWithdrawals()
                    .forEach(pending ->
                            Deadlines.scheduleWithdrawal(deadlines, clock, pending.party(), pending.endsOn()));
        }
        if (command.replacement() != null) {
            replace(command.replacement(), deadlines, clock);
        }
        return version();
    }

    /** The corrected fact, judged by the rules of its own command; a broken rule names the replacement's field. */
    private void replace(AgreementCommand replacement, DeadlineManager deadlines, Clock clock) {
        try {
            if (replacement instanceof ExtendTerm extension) {
                handle(extension, deadlines, clock);
            } else if (replacement instanceof TerminateWithNotice notice) {
                handle(notice, deadlines, clock);
            } else if (replacement instanceof WithdrawTerminationNotice withdrawal) {
                handle(withdrawal, deadlines, clock);
            } else if (replacement instanceof RecordAnnualMeeting meeting) {
                handle(meeting, clock);
            } else if (replacement instanceof NominateContact contact) {
                handle(contact, clock);
            } else if (replacement instanceof AdmitParticipant participant) {
                handle(participant, clock);
            } else if (replacement instanceof AddFieldOfCooperation field) {
                handle(field, clock);
            } else if (replacement instanceof RecordMilestone milestone) {
                handle(milestone, clock);
            } else if (replacement instanceof LinkRelatedAgreement link) {
                handle(link, clock);
            } else if (replacement instanceof LaunchProgramme launch) {
                handle(launch, clock);
            } else if (replacement instanceof RecordAccession accession) {
                handle(accession, clock);
            } else if (replacement instanceof RenameParty rename) {
                handle(rename, clock);
            }
        } catch (RuleViolation broken) {
            throw new RuleViolation(
                    broken.rule(), "the replacement: " + broken.getMessage(), "replacement." + broken.field());
        }
    }

    /** An agreement entered in error is voided as a whole; no deadline falls due for it any more. */
    @CommandHandler
    public long handle(VoidAgreement command, DeadlineManager deadlines) {
        apply(new AgreementVoided(id, signedOn.latest(), command.reason()));
        Deadlines.cancelExpiry(deadlines);
        Deadlines.cancelTermination(deadlines);
        Deadlines.cancelWithdrawals(deadlines);
        return version();
    }

    /** A voided agreement was entered in error: it takes no command at all, a correction included. */
    @CommandHandlerInterceptor
    Object refuseWhenVoided(InterceptorChain chain) throws Exception {
        check(status != AgreementStatus.VOIDED, Rule.AGREEMENT_VOIDED, "the agreement was voided as entered in error");
        return chain.proceed();
    }

    @DeadlineHandler(deadlineName = Deadlines.EXPIRY)
    void expire(ExpiryDue due) {
        // A pending notice ends the agreement by itself, on or before this day.
        if (status == AgreementStatus.IN_FORCE && due.lastDayInForce().equals(termEndsOn)) {
            // equals(null) is false: an open-ended instrument never expires, whatever deadline fires.
            apply(new AgreementExpired(id, termEndsOn, termEndsOn.plusDays(1)));
        }
    }

    @DeadlineHandler(deadlineName = Deadlines.TERMINATION)
    void terminate(TerminationDue due, DeadlineManager deadlines) {
        if (status == AgreementStatus.TERMINATION_PENDING
                && due.lastDayInForce().equals(notice.endsOn())) {
            apply(new AgreementTerminated(
                    id, notice.party(), notice.endsOn(), notice.endsOn().plusDays(1)));
            Deadlines.cancelExpiry(deadlines);
        }
    }

    /**
     * The withdrawal takes effect if the party's notice still stands and the agreement was still in
     * force on its last day as a party; an agreement that ended before has no party left to withdraw.
     */
    @DeadlineHandler(deadlineName = Deadlines.WITHDRAWAL)
    void withdraw(WithdrawalDue due) {
        LocalDate agreementLastDay = notice == null ? termEndsOn : notice.endsOn();
        parties.pendingWithdrawal(due.party())
                .filter(pending -> pending.endsOn().equals(due.lastDayAsParty()))
                .filter(pending -> agreementLastDay == null || !pending.endsOn().isAfter(agreementLastDay))
                .ifPresent(pending -> apply(new PartyWithdrew(
                        id, pending.party(), pending.endsOn(), pending.endsOn().plusDays(1))));
    }

    @CommandHandler
    public long handle(RecordAccession command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.ACCESSION, command.accededOn(), signedOn, clock);
        Party party = command.party();
        check(
                !parties.isKnown(party.code()),
                Rule.PARTY_ALREADY_RECORDED,
                () -> party.code() + " has been a party since " + parties.memberFrom(party.code()));
        check(
                command.accededOn().isAfter(signedOn.latest()),
                Rule.ACCESSION_NOT_AFTER_SIGNATURE,
                "accededOn " + command.accededOn() + " is not after the signature of " + signedOn);
        checkInForce(command.accededOn(), Rule.ACCESSION_OUTSIDE_PERIOD_IN_FORCE, "acceding on ");
        // Entered late, an accession dated before an extension's last letter would leave that extension
        // without the consent of a party of its day: the record would hold what the rules refuse.
        facts.extensionConsentedFrom(command.accededOn()).ifPresent(extension -> {
            throw new RuleViolation(
                    Rule.ACCESSION_BEFORE_RECORDED_EXTENSION,
                    "accededOn " + command.accededOn() + " is on or before "
                            + extension.getValue().businessDate()
                            + ", the last consent letter of the extension recorded as sequence " + extension.getKey()
                            + ", without the consent of " + party.code() + "; correct that extension first");
        });
        apply(new PartyAcceded(id, party, command.accededOn(), command.reference()));
        return version();
    }

    @CommandHandler
    public long handle(RenameParty command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.RENAME, command.renamedOn(), signedOn, clock);
        checkParty(command.party());
        LocalDate from = parties.memberFrom(command.party());
        LocalDate lastDay = parties.lastDay(command.party());
        check(
                command.renamedOn().isAfter(from)
                        && (lastDay == null || !command.renamedOn().isAfter(lastDay)),
                Rule.RENAME_OUTSIDE_MEMBERSHIP,
                () -> "renamedOn " + command.renamedOn() + " is not after " + from + ", when " + command.party()
                        + " became a party" + (lastDay == null ? "" : ", and on or before its last day " + lastDay));
        check(
                !parties.renamedOn(command.party(), command.renamedOn()),
                Rule.PARTY_ALREADY_RENAMED_THAT_DAY,
                () -> command.party() + " already took a new name on " + command.renamedOn());
        check(
                !parties.nameOn(command.party(), command.renamedOn()).equals(command.name()),
                Rule.NAME_UNCHANGED,
                () -> command.party() + " bears the name " + command.name() + " on " + command.renamedOn()
                        + " already");
        apply(new PartyRenamed(id, command.party(), command.name(), command.renamedOn(), command.reference()));
        return version();
    }

    @CommandHandler
    public long handle(RecordAnnualMeeting command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.MEETING, command.heldOn(), signedOn, clock);
        checkInForce(command.heldOn(), Rule.MEETING_OUTSIDE_PERIOD_IN_FORCE, "a meeting held on ");
        MeetingHosts.Host host = host(command);
        command.attendees().stream()
                .map(Attendee::party)
                .filter(Objects::nonNull)
                .forEach(party -> check(
                        parties.isPartyOn(party, command.heldOn()),
                        Rule.ATTENDEE_PARTY_UNKNOWN,
                        "an attendee came with the delegation of " + party
                                + ", which is not a party to the agreement on " + command.heldOn()));
        boolean deviationExplained = givesAReason(command.deviationReason());
        if (meetingPolicy.alternateHosts() && !deviationExplained) {
            checkHostsTurn(command.heldOn(), host);
        }

        apply(new AnnualMeetingRecorded(
                id,
                command.heldOn(),
                host.party(),
                host.country(),
                command.city(),
                command.level(),
                command.attendees(),
                command.outcomes(),
                deviationExplained ? command.deviationReason() : null));
        return version();
    }

    @CommandHandler
    public long handle(NominateContact command, Clock clock) {
        LocalDate nominatedOn = command.nominatedOn() == null ? LocalDate.now(clock) : command.nominatedOn();
        PlausibleDates.check(PlausibleDates.Fact.CONTACT, nominatedOn, signedOn, clock);
        checkPartyOn(command.party(), nominatedOn);
        apply(new ContactNominated(id, command.party(), command.name(), command.role(), command.email(), nominatedOn));
        return version();
    }

    @CommandHandler
    public long handle(AdmitParticipant command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.PARTICIPANT, command.joinedOn(), signedOn, clock, "joinedOn");
        check(
                !participants.contains(key(command.name())),
                Rule.PARTICIPANT_ALREADY_ADMITTED,
                command.name() + " has been admitted already");
        checkInForce(command.joinedOn(), Rule.PARTICIPANT_OUTSIDE_PERIOD_IN_FORCE, "joinedOn", "joining on ");
        apply(new ParticipantAdmitted(id, command.name(), command.kind(), command.country(), command.joinedOn()));
        return version();
    }

    @CommandHandler
    public long handle(AddFieldOfCooperation command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.FIELD, command.addedOn(), signedOn, clock);
        check(
                !fields.contains(key(command.field())),
                Rule.FIELD_ALREADY_PRESENT,
                command.field() + " is a field of cooperation already");
        // As many as a signature may list: each read model keeps an agreement's fields with every
        // version of its list row, so their number is bounded as a signature's list is.
        check(
                fields.size() < Limits.ITEMS,
                Rule.FIELDS_AT_MOST,
                "the agreement lists " + fields.size() + " fields of cooperation, the most it may list");
        checkInForce(command.addedOn(), Rule.FIELD_OUTSIDE_PERIOD_IN_FORCE, "a field added on ");
        apply(new FieldOfCooperationAdded(id, command.field(), command.addedOn()));
        return version();
    }

    @CommandHandler
    public long handle(RecordMilestone command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.MILESTONE, command.date(), signedOn, clock, "date");
        checkInForce(command.date(), Rule.MILESTONE_OUTSIDE_PERIOD_IN_FORCE, "date", "a milestone dated ");
        apply(new MilestoneRecorded(
                id, command.date(), command.title(), command.field(), command.description(), command.references()));
        return version();
    }

    @CommandHandler
    public long handle(LinkRelatedAgreement command, Clock clock) {
        LocalDate linkedOn = command.linkedOn() == null ? LocalDate.now(clock) : command.linkedOn();
        PlausibleDates.check(PlausibleDates.Fact.LINK, linkedOn, signedOn, clock);
        check(
                !command.relatedAgreementId().equals(id),
                Rule.LINK_TO_ITSELF,
                "an agreement cannot be related to itself");
        check(
                links.stream().noneMatch(link -> sameLink(link, command.relatedAgreementId(), command.relation())),
                Rule.LINK_ALREADY_RECORDED,
                "this agreement already " + command.relation() + " " + command.relatedAgreementId());
        apply(new RelatedAgreementLinked(id, command.relatedAgreementId(), command.relation(), linkedOn));
        return version();
    }

    /**
     * A launch the source does not state is recorded by {@code runningBy}, the date by which the source
     * shows the programme running: the programme had been launched by then, so that date is judged as a
     * launch date would be, under the field the request gave.
     */
    @CommandHandler
    public long handle(LaunchProgramme command, Clock clock) {
        String field = command.launchedOn() != null ? "launchedOn" : "runningBy";
        BusinessDate known = command.knownBy();
        PlausibleDates.check(PlausibleDates.Fact.PROGRAMME_LAUNCH, known, signedOn, clock, field);
        check(
                programmes.find(command.programmeId()).isEmpty(),
                Rule.PROGRAMME_ALREADY_LAUNCHED,
                "a programme " + command.programmeId() + " has been launched under this agreement already");
        programmes.openNamed(key(command.name())).ifPresent(open -> {
            throw new RuleViolation(
                    Rule.PROGRAMME_NAME_IN_USE, "programme " + open + " of that name is still open: close it first");
        });
        checkInForce(
                known,
                Rule.PROGRAMME_OUTSIDE_PERIOD_IN_FORCE,
                field,
                command.launchedOn() != null ? "a programme launched in " : "a programme running by ");
        apply(new ProgrammeLaunched(
                id,
                command.programmeId(),
                command.name(),
                command.description(),
                command.launchedOn(),
                command.runningBy()));
        return version();
    }

    /**
     * A year's figures belong to the years the programme ran, judged by calendar year (its launch and
     * closing are always known at least to the year), and to a year that has begun. A programme whose
     * launch is not stated may have run long before the date the source shows it running: no year is
     * before its launch then.
     */
    @CommandHandler
    public long handle(RecordProgrammeYear command, Clock clock) {
        Programmes.Run run = programme(command.programmeId());
        int year = command.year();
        check(
                run.launchedOn() == null || year >= run.launchedOn().year(),
                Rule.PROGRAMME_YEAR_BEFORE_LAUNCH,
                () -> "the programme was launched in " + run.launchedOn() + ", after " + year);
        check(
                run.closedOn() == null || year <= run.closedOn().year(),
                Rule.PROGRAMME_YEAR_AFTER_CLOSE,
                () -> "the programme closed in " + run.closedOn() + ", before " + year);
        LocalDate lastDay = lastDayInForce();
        check(
                lastDay == null || year <= lastDay.getYear(),
                Rule.PROGRAMME_YEAR_OUTSIDE_PERIOD_IN_FORCE,
                () -> year + " begins after the agreement's last day in force, " + lastDay);
        check(year <= LocalDate.now(clock).getYear(), Rule.PROGRAMME_YEAR_NOT_BEGUN, () -> year + " has not begun");
        check(
                !run.yearsRecorded().contains(year),
                Rule.PROGRAMME_YEAR_ALREADY_RECORDED,
                () -> "the figures of " + year + " are recorded already");
        check(
                command.participants() == null
                        || command.applicants() == null
                        || command.participants() <= command.applicants(),
                Rule.PARTICIPANTS_EXCEED_APPLICANTS,
                () -> command.participants() + " participants out of " + command.applicants() + " applicants");
        apply(new ProgrammeYearRecorded(
                id, command.programmeId(), year, command.participants(), command.applicants(), command.note()));
        return version();
    }

    @CommandHandler
    public long handle(CloseProgramme command, Clock clock) {
        PlausibleDates.check(PlausibleDates.Fact.PROGRAMME_CLOSING, command.closedOn(), signedOn, clock, "closedOn");
        Programmes.Run run = programme(command.programmeId());
        BusinessDate closedOn = command.closedOn();
        check(
                run.closedOn() == null,
                Rule.PROGRAMME_ALREADY_CLOSED,
                () -> "the programme closed in " + run.closedOn() + " already");
        // A programme shown running by a date was still open on that date's earliest day at least: closed
        // before it, it cannot have been running by it. Closed within it, as vague: taken as after, as a launch.
        String since = run.launchedOn() != null ? "the launch in " : "the date the programme was running by, ";
        check(
                !closedOn.latest().isBefore(run.knownBy().earliest()),
                Rule.PROGRAMME_CLOSED_BEFORE_LAUNCH,
                () -> "closedOn " + closedOn + " is before " + since + run.knownBy());
        // Closed in the same year (or month) as launched, both as vague: taken as on or after the launch.
        if (closedOn.earliest().isBefore(run.knownBy().latest()) && !closedOn.equals(run.knownBy())) {
            throw new RuleViolation(
                    Rule.DATE_TOO_VAGUE,
                    "closedOn " + closedOn + " and " + since + run.knownBy() + " overlap: the closing may be before it",
                    "closedOn");
        }
        check(
                run.yearsRecorded().isEmpty()
                        || closedOn.year() >= run.yearsRecorded().last(),
                Rule.PROGRAMME_CLOSED_BEFORE_RECORDED_YEAR,
                () -> "the programme has figures for " + run.yearsRecorded().last() + ", after " + closedOn);
        checkInForce(closedOn, Rule.PROGRAMME_CLOSED_OUTSIDE_PERIOD_IN_FORCE, "closedOn", "a programme closed in ");
        apply(new ProgrammeClosed(id, command.programmeId(), closedOn));
        return version();
    }

    private Programmes.Run programme(ProgrammeId programmeId) {
        return programmes
                .find(programmeId)
                .orElseThrow(() -> new RuleViolation(
                        Rule.PROGRAMME_UNKNOWN,
                        "no programme " + programmeId + " has been launched under this agreement"));
    }

    /**
     * The host a meeting names: its host party, or else the one party of its host country on that
     * day (a meeting that names only a country, as every one did before hosts were named); and the
     * country it was held in, by default the host's.
     */
    private MeetingHosts.Host host(RecordAnnualMeeting command) {
        LocalDate heldOn = command.heldOn();
        if (command.hostParty() == null) {
            check(
                    parties.anyPartyOf(command.hostCountry(), heldOn),
                    Rule.HOST_NOT_A_PARTY,
                    () -> command.hostCountry() + " is not the country of a party on " + heldOn);
            return new MeetingHosts.Host(
                    parties.onlyPartyOf(command.hostCountry(), heldOn).orElse(null), command.hostCountry());
        }
        check(
                parties.isPartyOn(command.hostParty(), heldOn),
                Rule.HOST_PARTY_NOT_A_PARTY,
                () -> command.hostParty() + " is not a party on " + heldOn);
        CountryCode country = command.hostCountry() != null
                ? command.hostCountry()
                : parties.countryOf(command.hostParty()).orElse(null);
        check(
                country != null,
                Rule.HOST_COUNTRY_UNKNOWN,
                () -> command.hostParty() + " has no country of its own: hostCountry names where the meeting was held");
        return new MeetingHosts.Host(command.hostParty(), country);
    }

    /**
     * Between two parties the host alternates: it differs from the neighbouring meetings' hosts. With
     * more, the host is a party that has gone longest without hosting among the parties of that day
     * (DOMAIN.md rule 14), so that no party is passed over.
     */
    private void checkHostsTurn(LocalDate heldOn, MeetingHosts.Host host) {
        List<PartyCode> partiesThatDay = parties.partiesOn(heldOn);
        if (partiesThatDay.size() <= 2) {
            meetingHosts.sameHostNextTo(heldOn, host).ifPresent(same -> {
                throw new RuleViolation(
                        Rule.HOST_MUST_ALTERNATE,
                        hostName(host) + " also hosted the meeting of " + same.getKey()
                                + "; hosts alternate unless deviationReason says why not");
            });
        } else {
            List<PartyCode> due = meetingHosts.dueToHost(partiesThatDay, heldOn, parties::memberFrom);
            check(
                    host.party() != null && due.contains(host.party()),
                    Rule.HOST_OUT_OF_TURN,
                    () -> "it is the turn of "
                            + due.stream().map(PartyCode::value).collect(Collectors.joining(" or "))
                            + " to host, having gone longest without hosting, not of "
                            + (host.party() == null ? "the party of " + host.country() : host.party())
                            + "; deviationReason says why not");
        }
        // Entered late, a meeting changes who had gone longest without hosting on every later day.
        meetingHosts
                .laterOutOfTurn(heldOn, host, parties::partiesOn, parties::memberFrom)
                .ifPresent(later -> {
                    throw new RuleViolation(
                            Rule.HOST_OUT_OF_TURN,
                            "hosted by " + hostName(host) + ", this meeting would put the meeting of " + later.getKey()
                                    + " out of turn: " + later.getValue().party()
                                    + " would no longer have gone longest without hosting; deviationReason says why");
                });
    }

    /** A blank deviation reason is no reason: the meeting is held to its turn. */
    private static boolean givesAReason(String deviationReason) {
        return deviationReason != null && !deviationReason.isBlank();
    }

    private static Object hostName(MeetingHosts.Host host) {
        return host.party() == null ? host.country() : host.party();
    }

    /**
     * Facts entered late can show that a recorded expiry was wrong; the past is not edited, an
     * event of its own revokes it. Nothing to revoke unless an expiry is recorded.
     */
    private void revokeRecordedExpiry(String reason) {
        if (status == AgreementStatus.EXPIRED) {
            apply(new ExpiryRevoked(id, expiredOn, reason));
        }
    }

    /**
     * The last day of a term, when it and the day of its expiry lie within the published language's
     * calendar; a term that would end later (or beyond what {@link LocalDate} can count, for an
     * extension length stored before terms were capped) is refused, never answered with a 500.
     */
    private static LocalDate withinCalendar(Supplier<LocalDate> lastDay, String term) {
        LocalDate end;
        try {
            end = lastDay.get();
        } catch (DateTimeException tooFar) {
            throw new RuleViolation(Rule.TERM_BEYOND_CALENDAR, "a term " + term + " ends beyond any calendar date");
        }
        check(
                end.isBefore(PublishedLanguage.LAST_DATE),
                Rule.TERM_BEYOND_CALENDAR,
                () -> "a term " + term + " ends on " + end + ", and expires the day after, beyond "
                        + PublishedLanguage.LAST_DATE);
        return end;
    }

    /** A notice period stored before periods were capped may reach past any date: no end is then early enough. */
    private LocalDate earliestEnd(LocalDate noticeDate) {
        try {
            return noticeDate.plusDays(terminationNoticeDays);
        } catch (DateTimeException tooFar) {
            return LocalDate.MAX;
        }
    }

    /**
     * "The parties" of an extension are those on the date of its last letter, when the consent became
     * complete: each of them consents, and each letter comes from a party on the day it was written.
     * A party that acceded before the last letter consents too; one that withdrew before it need not.
     */
    private void checkConsentsFromTheParties(List<Consent> consents) {
        Set<PartyCode> consenting = new HashSet<>();
        for (Consent consent : consents) {
            check(
                    parties.isPartyOn(consent.party(), consent.letterDate()),
                    Rule.CONSENTS_FROM_EVERY_PARTY,
                    consent.party() + " is not a party to the agreement on " + consent.letterDate()
                            + ", the date of its letter");
            check(
                    consenting.add(consent.party()),
                    Rule.CONSENTS_FROM_EVERY_PARTY,
                    consent.party() + " consents more than once");
        }
        LocalDate lastLetter = consents.stream()
                .map(Consent::letterDate)
                .max(Comparator.naturalOrder())
                .orElse(signedOn.latest());
        String missing = parties.partiesOn(lastLetter).stream()
                .filter(party -> !consenting.contains(party))
                .map(PartyCode::value)
                .collect(Collectors.joining(", "));
        check(
                missing.isEmpty(),
                Rule.CONSENTS_FROM_EVERY_PARTY,
                "no written consent from " + missing + ", a party on " + lastLetter + ", the date of the last letter");
    }

    private String endDescription() {
        return status == AgreementStatus.EXPIRED
                ? "the agreement expired on " + expiredOn
                : "the agreement was terminated on " + notice.endsOn().plusDays(1);
    }

    private void checkParty(PartyCode party) {
        check(parties.isKnown(party), Rule.PARTY_UNKNOWN, party + " is not a party to the agreement");
    }

    /** A party on that business date: one that acceded later, or withdrew before, was not. */
    private void checkPartyOn(PartyCode party, LocalDate day) {
        checkParty(party);
        check(
                parties.isPartyOn(party, day),
                Rule.PARTY_UNKNOWN,
                () -> party + " is not a party to the agreement on " + day + ": a party from "
                        + parties.memberFrom(party)
                        + (parties.lastDay(party) == null ? "" : " to " + parties.lastDay(party)));
    }

    /**
     * The period in force runs from the effective date to the last day of the term or of a notice;
     * an open-ended instrument without a notice has no last day yet.
     */
    private void checkInForce(LocalDate date, Rule rule, String what) {
        checkInForce(BusinessDate.of(date), rule, rule.field(), what);
    }

    /**
     * A date known only to the year or month is judged by all its days: outside the period in force
     * when all of them are, {@link Rule#DATE_TOO_VAGUE} when some are inside and some outside.
     */
    private void checkInForce(BusinessDate date, Rule rule, String field, String what) {
        LocalDate lastDay = lastDayInForce();
        Supplier<String> period =
                () -> " the period in force, " + effectiveFrom + " to " + (lastDay == null ? "(open-ended)" : lastDay);
        if (date.before(effectiveFrom.earliest()) || (lastDay != null && date.after(lastDay))) {
            // Named by the field the request gave: a programme's runningBy is judged as its launch.
            throw new RuleViolation(rule, what + date + " is outside" + period.get(), field);
        }
        // As vague as a vague effective date, over the same days, is taken as inside: see PlausibleDates#onOrAfter.
        if ((date.earliest().isBefore(effectiveFrom.latest()) && !date.equals(effectiveFrom))
                || (lastDay != null && date.latest().isAfter(lastDay))) {
            throw new RuleViolation(
                    Rule.DATE_TOO_VAGUE, what + date + " is partly inside and partly outside" + period.get(), field);
        }
    }

    private LocalDate lastDayInForce() {
        return notice == null ? termEndsOn : notice.endsOn();
    }

    private static boolean sameLink(RelatedAgreementLinked link, AgreementId relatedAgreementId, Relation relation) {
        return link.relatedAgreementId().equals(relatedAgreementId) && link.relation() == relation;
    }

    /** Names of participants and fields compare without regard to case or surrounding blanks. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        id = event.agreementId();
        // A vague signature is surely past on its last day, the day "as of" shows it from.
        parties.signed(event.parties(), event.signedOn().latest());
        signedOn = event.signedOn();
        term = event.term();
        effectiveFrom = event.effectiveFrom();
        termEndsOn = event.termEndsOn();
        terminationNoticeDays = event.terminationNoticeDays();
        meetingPolicy = event.meetings();
        event.fieldsOfCooperation().forEach(field -> fields.add(key(field)));
        status = AgreementStatus.IN_FORCE;
    }

    @EventSourcingHandler
    void on(TermExtended event) {
        termEndsOn = event.termEndsOn();
        extensionsUsed = event.extensionsUsed();
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        status = AgreementStatus.EXPIRED;
        expiredOn = event.expiredOn();
    }

    @EventSourcingHandler
    void on(ExpiryRevoked event) {
        // A notice in effect again (its withdrawal retracted) ends the agreement instead.
        status = notice == null ? AgreementStatus.IN_FORCE : AgreementStatus.TERMINATION_PENDING;
        expiredOn = null;
    }

    @EventSourcingHandler
    void on(TerminationRevoked event) {
        status = notice == null ? AgreementStatus.IN_FORCE : AgreementStatus.TERMINATION_PENDING;
    }

    @EventSourcingHandler
    void on(AgreementVoided event) {
        status = AgreementStatus.VOIDED;
    }

    /** The state without the retracted fact; the consequences for status follow as events of their own. */
    @EventSourcingHandler
    void on(FactRetracted event) {
        AgreementEvent fact = facts.at(event.retractedSequence());
        if (fact instanceof TermExtended extension) {
            termEndsOn = extension.previousTermEndsOn();
            extensionsUsed = extension.extensionsUsed() - 1;
        } else if (fact instanceof TerminationNoticeGiven) {
            notice = null;
            status = status == AgreementStatus.TERMINATION_PENDING ? AgreementStatus.IN_FORCE : status;
        } else if (fact instanceof TerminationNoticeWithdrawn) {
            notice = facts.noticeBefore(event.retractedSequence());
            status = status == AgreementStatus.IN_FORCE ? AgreementStatus.TERMINATION_PENDING : status;
        } else if (fact instanceof AnnualMeetingRecorded meeting) {
            meetingHosts.remove(meeting.heldOn());
        } else if (fact instanceof ParticipantAdmitted participant) {
            participants.remove(key(participant.name()));
        } else if (fact instanceof FieldOfCooperationAdded field) {
            fields.remove(key(field.field()));
        } else if (fact instanceof RelatedAgreementLinked link) {
            links.remove(link);
        } else if (fact instanceof PartyAcceded accession) {
            parties.accessionRetracted(accession.party().code());
        } else if (fact instanceof WithdrawalNoticeGiven withdrawal) {
            parties.noticeRetracted(withdrawal.party());
        } else if (fact instanceof PartyRenamed rename) {
            parties.renameRetracted(rename.party(), rename.renamedOn());
        } else {
            programmes.retract(fact);
        }
    }

    @EventSourcingHandler
    void on(TerminationNoticeGiven event) {
        status = AgreementStatus.TERMINATION_PENDING;
        notice = event;
    }

    @EventSourcingHandler
    void on(TerminationNoticeWithdrawn event) {
        status = AgreementStatus.IN_FORCE;
        notice = null;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(AnnualMeetingRecorded event) {
        PartyCode host = event.hostParty() != null
                ? event.hostParty()
                : parties.onlyPartyOf(event.hostCountry(), event.heldOn()).orElse(null);
        meetingHosts.record(
                event.heldOn(),
                new MeetingHosts.Host(host, event.hostCountry()),
                givesAReason(event.deviationReason()));
    }

    @EventSourcingHandler
    void on(PartyAcceded event) {
        parties.acceded(event.party(), event.accededOn());
    }

    @EventSourcingHandler
    void on(WithdrawalNoticeGiven event) {
        parties.noticeGiven(event);
    }

    @EventSourcingHandler
    void on(PartyWithdrew event) {
        parties.withdrew(event.party(), event.lastDayAsParty());
    }

    @EventSourcingHandler
    void on(WithdrawalRevoked event) {
        parties.withdrawalRevoked(event.party());
    }

    @EventSourcingHandler
    void on(PartyRenamed event) {
        parties.renamed(event.party(), event.renamedOn(), event.name());
    }

    @EventSourcingHandler
    void on(ParticipantAdmitted event) {
        participants.add(key(event.name()));
    }

    @EventSourcingHandler
    void on(FieldOfCooperationAdded event) {
        fields.add(key(event.field()));
    }

    @EventSourcingHandler
    void on(RelatedAgreementLinked event) {
        links.add(event);
    }

    @EventSourcingHandler
    void on(ProgrammeLaunched event) {
        programmes.on(event);
    }

    @EventSourcingHandler
    void on(ProgrammeYearRecorded event) {
        programmes.on(event);
    }

    @EventSourcingHandler
    void on(ProgrammeClosed event) {
        programmes.on(event);
    }
}
