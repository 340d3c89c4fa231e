package org.cooperation.queryservice.operations.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.cooperation.agreement.api.Values;
import org.cooperation.queryservice.projection.deadletter.DeadLetter;
import org.cooperation.queryservice.projection.deadletter.DeadLetterRepository;
import org.cooperation.queryservice.web.ProblemException;
import org.cooperation.queryservice.web.QueryParameters;
import org.cooperation.websecurity.Caller;
import org.cooperation.websecurity.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: records that could not be applied, and a way to try them again. Auditors see
 * each dead letter without its reason's words, headers and value ({@link DeadLetter#withoutContent()}).
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
public class DeadLetterController {

    static final int MAX_PAGE_SIZE = 100;

    private final DeadLetterRepository deadLetters;
    private final DeadLetterRetry retry;

    public DeadLetterController(DeadLetterRepository deadLetters, DeadLetterRetry retry) {
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    @Operation(summary = "Dead letters, oldest first, with the reason each could not be applied")
    @GetMapping
    public DeadLetterPage list(
            @RequestParam(required = false) DeadLetter.Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Values.atLeast(page, 0, "page");
        QueryParameters.pageSize(size, MAX_PAGE_SIZE);
        return new DeadLetterPage(
                deadLetters.page(status, page, size).stream()
                        .map(DeadLetterController::forCaller)
                        .toList(),
                page,
                size,
                deadLetters.count(status));
    }

    @Operation(summary = "One dead letter")
    @GetMapping("/{id}")
    public DeadLetter one(@PathVariable long id) {
        return forCaller(deadLetters.find(id).orElseThrow(() -> notFound(id)));
    }

    @Operation(summary = "Publish the original record to the events topic again; marks the dead letter RETRIED")
    @PostMapping("/{id}/retry")
    public DeadLetter retry(@PathVariable long id) {
        try {
            return retry.retry(id).orElseThrow(() -> notFound(id));
        } catch (DeadLetterRetry.BrokerUnavailableException e) {
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Kafka is unavailable", e.getMessage());
        }
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "dead-letter-not-found", "No such dead letter", "No dead letter with id " + id);
    }

    private static DeadLetter forCaller(DeadLetter deadLetter) {
        return Caller.of(SecurityContextHolder.getContext().getAuthentication()).has(Roles.SECRETARIAT)
                ? deadLetter
                : deadLetter.withoutContent();
    }

    public record DeadLetterPage(List<DeadLetter> items, int page, int size, long totalItems) {}
}
