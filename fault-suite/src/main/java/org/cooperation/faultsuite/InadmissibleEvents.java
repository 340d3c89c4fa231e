package org.cooperation.faultsuite;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;

/**
 * Events an earlier command side accepted although the published language does not admit them
 * (issue 18): while the load runs, a few agreements of their own are signed, each is given one
 * such event in its next sequence, written into the event store as the write path stored it
 * then, and later commands follow on the same agreement. The read side must store and show each
 * of them (a character it cannot store as U+FFFD) and the events after them; nothing may be
 * dead-lettered, and no agreement's view may freeze.
 * <p>
 * The command side now refuses such commands, so the suite writes the event itself: one row, as
 * {@link EventStore#appendAsAccepted} describes, with its own key acknowledged in the ledger.
 */
record InadmissibleEvents(int number, String name) implements Scenario {

    /** The field name with U+0000 that PostgreSQL's jsonb and text refuse, and how the read side shows it. */
    static final String FIELD_WITH_NUL = "Hydro\u0000gen";

    static final String FIELD_AS_SHOWN = "Hydro\ufffdgen";

    /** One agreement of the scenario and the event it is given after its signature. */
    private record Case(String suffix, Function<AgreementId, AgreementEvent> event) {}

    private static final List<Case> CASES = List.of(
            new Case("nul", id -> new FieldOfCooperationAdded(id, FIELD_WITH_NUL, LocalDate.parse("2025-07-01"))),
            new Case("year10000", id -> new FieldOfCooperationAdded(id, "Space", LocalDate.parse("+10000-01-01"))),
            new Case(
                    "year0",
                    id -> new ContactNominated(
                            id, PartyCode.of("JP-METI"), "Sato", null, null, LocalDate.parse("0000-01-01"))));

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        Ledger ledger = new Ledger();
        String prefix = context.prefix(number);
        long deadLettersBefore = Faults.deadLetters(context).orElse(-1L);
        Workload workload = context.workload(ledger, prefix);
        Future<?> load = workload.start();
        while (workload.answered() < workload.total() / 3 && !load.isDone()) {
            Workload.sleep(20);
        }
        Workload beside = new Workload(context.commands(), ledger, prefix, 0, 0, 1);
        for (Case c : CASES) {
            String id = prefix + "-" + c.suffix();
            if (beside.send(id, id + "-sign", "/api/agreements", Bodies.signature(id), null)
                    != Ledger.Outcome.ACKNOWLEDGED) {
                continue;
            }
            String key = id + "-accepted-earlier";
            context.checks().store().appendAsAccepted(c.event().apply(AgreementId.of(id)), key);
            ledger.record(new Ledger.Entry(key, id, Ledger.Outcome.ACKNOWLEDGED, 200, 1, 1, Instant.now()));
            for (int i = 0; i < context.contactsEach(); i++) {
                String contact = id + "-contact-" + i;
                beside.send(id, contact, "/api/agreements/" + id + "/contacts", Bodies.contact(contact), null);
            }
        }
        load.get();
        Instant loadEnded = Instant.now();
        Findings findings = context.checks().awaitQuiet(prefix, ledger, FaultUnderLoad.QUIET_PATIENCE);
        Duration quiet = Duration.between(loadEnded, Instant.now());

        long deadLettered = Faults.deadLetters(context).orElse(-1L) - deadLettersBefore;
        boolean shown = context.query()
                .get("/api/agreements/" + prefix + "-nul")
                .map(body -> body.path("agreement")
                        .path("fieldsOfCooperation")
                        .findValuesAsText("name")
                        .contains(FIELD_AS_SHOWN))
                .orElse(false);
        return new ScenarioResult(
                number,
                name,
                findings,
                null,
                quiet,
                CASES.size() + " events stored as accepted earlier; dead letters +" + deadLettered
                        + "; U+0000 shown as U+FFFD: " + (shown ? "yes" : "no"),
                deadLettersBefore >= 0 && deadLettered == 0 && shown);
    }
}
