package org.cooperation.commandservice.verification;

import java.net.URI;
import java.util.Map;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.websecurity.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification over HTTP. It lives in command-service because what it verifies is the event store,
 * the source of truth, which only command-service reads; the query side verifies its own copy.
 */
@RestController
public class VerificationController {

    private final HistoryVerifier verifier;
    private final PortfolioVerification portfolio;

    public VerificationController(HistoryVerifier verifier, PortfolioVerification portfolio) {
        this.verifier = verifier;
        this.portfolio = portfolio;
    }

    /** {@code {"valid": true}} or {@code {"valid": false, "firstInvalidSequence": n, "reason": "..."}}. */
    @GetMapping("/api/agreements/{id}/verification")
    public Verdict verify(@PathVariable String id) {
        return verifier.verify(id)
                .orElseThrow(() -> Problems.notFound("agreement-not-found", "No agreement with id " + id));
    }

    /** Starts a verification of the whole record: 202 with where its result will be. */
    @PostMapping("/api/admin/verifications")
    public ResponseEntity<Map<String, Long>> start() {
        long id = portfolio
                .start()
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.CONFLICT,
                        Problems.problem(
                                HttpStatus.CONFLICT,
                                "verification-running",
                                "Conflict",
                                "A verification of the whole record is running; its result will be at "
                                        + "/api/admin/verifications/latest"),
                        null));
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/verifications/" + id))
                .body(Map.of("id", id));
    }

    @GetMapping("/api/admin/verifications/latest")
    public PortfolioVerification.Run latest() {
        return portfolio
                .latest()
                .orElseThrow(() -> Problems.notFound("no-verification", "No verification has run yet"));
    }

    @GetMapping("/api/admin/verifications/{id}")
    public PortfolioVerification.Run run(@PathVariable long id) {
        return portfolio.find(id).orElseThrow(() -> Problems.notFound("no-verification", "No verification " + id));
    }
}
