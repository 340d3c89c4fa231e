package org.cooperation.commandservice.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.cooperation.commandservice.agreement.RuleViolation.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.command.SignAgreement;
import org.cooperation.agreement.api.event.AgreementSigned;

/**
 * One cooperation agreement. Command handlers check the rules of DOMAIN.md and apply events;
 * event-sourcing handlers only assign state. Each handler returns the agreement's version after
 * the command, so that a client can ask the query side for at least that version.
 */
@Aggregate(commandTargetResolver = "agreementTargetResolver")
public class Agreement {

    @AggregateIdentifier
    private AgreementId id;
    private final Map<PartyCode, Party> parties = new LinkedHashMap<>();
    private Term term;
    private LocalDate effectiveFrom;
    private LocalDate termEndsOn;
    private int terminationNoticeDays;

    protected Agreement() {
        // Axon rebuilds the agreement from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(SignAgreement command) {
        check(command.parties().size() >= 2, Rule.PARTIES_AT_LEAST_TWO,
                "an agreement needs at least two parties, got " + command.parties().size());
        check(command.parties().stream().map(Party::code).distinct().count() == command.parties().size(),
                Rule.PARTIES_DISTINCT, "a party code appears more than once");
        check(!command.effectiveFrom().isBefore(command.signedOn()), Rule.EFFECTIVE_NOT_BEFORE_SIGNATURE,
                "effectiveFrom " + command.effectiveFrom() + " is before signedOn " + command.signedOn());
        check(command.terminationNoticeDays() >= 0, Rule.NOTICE_DAYS_NOT_NEGATIVE,
                "terminationNoticeDays must be zero or more");

        apply(new AgreementSigned(
                command.agreementId(),
                command.title(),
                command.kind(),
                command.parties(),
                command.signedOn(),
                command.place(),
                command.effectiveFrom(),
                command.term(),
                command.term().initialEnd(command.effectiveFrom()),
                command.terminationNoticeDays(),
                command.meetings(),
                command.fieldsOfCooperation(),
                command.financialArrangement()));
        return version();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        id = event.agreementId();
        event.parties().forEach(party -> parties.put(party.code(), party));
        term = event.term();
        effectiveFrom = event.effectiveFrom();
        termEndsOn = event.termEndsOn();
        terminationNoticeDays = event.terminationNoticeDays();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
