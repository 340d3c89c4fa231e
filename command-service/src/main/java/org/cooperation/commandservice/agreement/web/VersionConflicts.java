package org.cooperation.commandservice.agreement.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.websecurity.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 409 for a command based on a stale view, with the agreement's current version in the problem
 * and in the ETag, so the client can read again and retry.
 *
 * <p>Two ways to get here. {@code If-Match} names a version the agreement has moved past: Axon's
 * repository refuses the command before anything is stored. Or two commands for one agreement
 * were appended at the same moment by two instances: the event store's unique key (agreement,
 * sequence) lets one in and refuses the other, which Axon reports as a concurrency failure. Either
 * way the loser changes nothing.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VersionConflicts {

    private final EventStore eventStore;

    public VersionConflicts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException e) {
        return conflict(e.getExpectedVersion(), e.getActualVersion());
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> raced(ConcurrencyException e, HttpServletRequest request) {
        Long expected = ExpectedVersion.from(request).orElse(null);
        Long current = request.getAttribute(CommandSender.TARGET_ATTRIBUTE) instanceof AgreementId target
                ? eventStore.lastSequenceNumberFor(target.value()).orElse(null)
                : null;
        return conflict(expected, current);
    }

    private static ResponseEntity<ProblemDetail> conflict(Long expected, Long current) {
        String detail = (expected == null
                        ? "Another command changed the agreement at the same moment"
                        : "The agreement changed since version " + expected + ", the version you sent")
                + (current == null ? "" : "; it is now at version " + current)
                + ". Read it again and retry.";
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "version-conflict", "Conflict", detail);
        if (expected != null) {
            problem.setProperty("expectedVersion", expected);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CONFLICT);
        if (current != null) {
            problem.setProperty("currentVersion", current);
            response.eTag(String.valueOf(current));
        }
        return response.body(problem);
    }
}
