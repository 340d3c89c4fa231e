package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.commandservice.RawHttp.bearer;
import static org.cooperation.commandservice.RawHttp.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.event.FieldOfCooperationAdded;
import org.cooperation.commandservice.agreement.Agreement;
import org.cooperation.commandservice.agreement.web.CommandSender;
import org.cooperation.commandservice.agreement.web.VersionConflicts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A command based on a stale view changes nothing. First what the design relies on, checked
 * against the real JDBC event store: Axon's repository refuses an expected version the agreement
 * has moved past, and the store refuses a second event at a sequence that is taken (two
 * instances racing). Then what clients see through HTTP.
 */
class OptimisticConcurrencyIT extends CommandServiceIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    Repository<Agreement> agreementRepository;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    VersionConflicts versionConflicts;

    @Test
    void refusesAnExpectedVersionTheAgreementHasMovedPast() throws Exception {
        signed("moved-on");
        changedElsewhere("moved-on", 1);

        assertThatThrownBy(() -> loadExpecting("moved-on", 0L))
                .isInstanceOfSatisfying(ConflictingAggregateVersionException.class, e -> {
                    assertThat(e.getExpectedVersion()).isZero();
                    assertThat(e.getActualVersion()).isOne();
                });
    }

    @Test
    void acceptsTheVersionTheAgreementIsAt() throws Exception {
        signed("current");
        changedElsewhere("current", 1);

        assertThat(loadExpecting("current", 1L)).isOne();
    }

    @Test
    void refusesAVersionTheAgreementNeverHad() throws Exception {
        signed("from-the-future");

        assertThatThrownBy(() -> loadExpecting("from-the-future", 7L))
                .isInstanceOf(ConflictingAggregateVersionException.class);
    }

    @Test
    void refusesASecondEventAtATakenSequence() throws Exception {
        signed("raced");
        changedElsewhere("raced", 1);

        assertThatThrownBy(() -> changedElsewhere("raced", 1)).isInstanceOf(ConcurrencyException.class);
        assertThat(eventsOf("raced")).isEqualTo(2);
    }

    @Test
    void answersALostRaceWithTheCurrentVersion() throws Exception {
        signed("lost-race");
        changedElsewhere("lost-race", 1);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/agreements/lost-race/fields");
        request.setAttribute(CommandSender.TARGET_ATTRIBUTE, AgreementId.of("lost-race"));
        request.addHeader("If-Match", "\"0\"");

        ResponseEntity<ProblemDetail> answer = versionConflicts.raced(new ConcurrencyException("taken"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(answer.getBody().getProperties())
                .containsEntry("currentVersion", 1L)
                .containsEntry("expectedVersion", 0L);
    }

    @Test
    void answersAStaleVersionWithTheCurrentOne() {
        ResponseEntity<ProblemDetail> answer =
                versionConflicts.stale(new ConflictingAggregateVersionException("x", 3, 5));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"5\"");
        assertThat(answer.getBody().getType().toString()).endsWith(":version-conflict");
        assertThat(answer.getBody().getDetail()).contains("version 3").contains("version 5");
    }

    @Test
    void answersAStaleIfMatchWithTheCurrentVersionAndStoresNothing() throws Exception {
        signed("stale-http");
        assertThat(addField("stale-http", "Automobile industry", Map.of("If-Match", "\"0\""))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = addField("stale-http", "Robotics", Map.of("If-Match", "\"0\""));

        JsonNode problem = problem(stale, 409);
        assertThat(problem.get("type").asText()).endsWith(":version-conflict");
        assertThat(problem.get("currentVersion").asLong()).isOne();
        assertThat(problem.get("expectedVersion").asLong()).isZero();
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(eventsOf("stale-http")).isEqualTo(2);
    }

    @Test
    void acceptsTheVersionTheClientLastSaw() throws Exception {
        signed("fresh-http");
        addField("fresh-http", "Automobile industry", Map.of());

        HttpResponse<String> fresh = addField("fresh-http", "Robotics", Map.of("If-Match", "\"1\""));

        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(json.readTree(fresh.body()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void letsOneOfTenCommandsOnTheSameVersionWin() throws Exception {
        signed("ten-on-one-version");

        List<HttpResponse<String>> answers = Simultaneously.run(
                10, i -> () -> addField("ten-on-one-version", "Field " + i, Map.of("If-Match", "\"0\"")));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        for (HttpResponse<String> lost :
                answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertThat(problem(lost, 409).get("currentVersion").asLong()).isOne();
        }
        assertThat(eventsOf("ten-on-one-version")).isEqualTo(2);
    }

    @Test
    void losesNoneOfTenSimultaneousCommandsSentWithoutAVersion() throws Exception {
        signed("ten-without-version");

        List<HttpResponse<String>> answers =
                Simultaneously.run(10, i -> () -> addField("ten-without-version", "Field " + i, Map.of()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(a -> json.readTree(a.body()).get("version").asLong())
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(eventsOf("ten-without-version")).isEqualTo(11);
    }

    @Test
    void losesNoneOfTenSimultaneousCommandsSentWithIdempotencyKeys() throws Exception {
        signed("ten-with-keys");

        List<HttpResponse<String>> answers = Simultaneously.run(
                10,
                i -> () -> addField(
                        "ten-with-keys",
                        "Field " + i,
                        i % 2 == 0 ? Map.of("Idempotency-Key", "ten-with-keys-" + i) : Map.of()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(eventsOf("ten-with-keys")).isEqualTo(11);
    }

    @Test
    void answersSimultaneousSignaturesOfOneAgreementWithOneWinnerAndNoError() throws Exception {
        List<HttpResponse<String>> answers = Simultaneously.run(10, i -> () -> sign("simultaneous", Map.of()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        for (HttpResponse<String> lost :
                answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            problem(lost, 409);
        }
        assertThat(eventsOf("simultaneous")).isOne();
    }

    @Test
    void refusesAnIfMatchThatIsNotAVersion() throws Exception {
        JsonNode problem = problem(sign("unreadable-if-match", Map.of("If-Match", "\"yesterday\"")), 400);

        assertThat(problem.get("header").asText()).isEqualTo("If-Match");
        assertThat(eventsOf("unreadable-if-match")).isZero();
    }

    @Test
    void acceptsOnlyAStrongQuotedVersionInIfMatch() throws Exception {
        signed("weak-if-match");
        for (String notAVersion : List.of("W/\"0\"", "0", "\"-1\"", "\"0\", \"1\"", "*", "\"0")) {
            JsonNode problem = problem(addField("weak-if-match", "Robotics", Map.of("If-Match", notAVersion)), 400);

            assertThat(problem.get("header").asText()).as(notAVersion).isEqualTo("If-Match");
            assertThat(problem.get("rule").asText()).as(notAVersion).isEqualTo("format");
        }
        assertThat(eventsOf("weak-if-match")).isOne();
        assertThat(addField("weak-if-match", "Robotics", Map.of("If-Match", "\"0\""))
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> addField(String agreementId, String field, Map<String, String> headers)
            throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(bearer(SECRETARIAT_TOKEN));
        String body = """
                { "field": "%s", "addedOn": "%s" }""".formatted(field, InForce.SIGNED_ON.plusDays(30));
        return new RawHttp(http.getRootUri()).post("/api/agreements/" + agreementId + "/fields", body, all);
    }

    private void signed(String agreementId) throws Exception {
        assertThat(sign(agreementId, Map.of()).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> sign(String agreementId, Map<String, String> headers) throws Exception {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(bearer(SECRETARIAT_TOKEN));
        return new RawHttp(http.getRootUri()).post("/api/agreements", InForce.jointStatement(agreementId), all);
    }

    /** Another writer appends the agreement's next event directly, as a second instance would. */
    private void changedElsewhere(String agreementId, long sequence) throws Exception {
        inTransaction(() -> {
            eventStore.publish(new GenericDomainEventMessage<>(
                    "Agreement",
                    agreementId,
                    sequence,
                    new FieldOfCooperationAdded(
                            AgreementId.of(agreementId), "Field " + sequence, LocalDate.parse("2017-03-19"))));
            return null;
        });
    }

    /** Loads the agreement as a command with {@code If-Match: expected} would; returns its version. */
    private Long loadExpecting(String agreementId, long expected) throws Exception {
        return inTransaction(
                () -> agreementRepository.load(agreementId, expected).version());
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("test"));
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<T> result = unitOfWork.executeWithResult(work);
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
        return result.getPayload();
    }
}
