package org.cooperation.queryservice.reading.history;

import java.util.List;
import org.cooperation.agreement.api.verification.Verdict;
import org.cooperation.queryservice.projection.history.HistoryEntry;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verifies what the read models hold of an agreement's history against the chain the command side
 * published with it: every entry recomputes to its hash and names its predecessor's. The same
 * answer as command-service's verification of the event store, for the copy auditors read here.
 */
@RestController
public class HistoryVerificationController {

    private final HistoryRepository history;

    public HistoryVerificationController(HistoryRepository history) {
        this.history = history;
    }

    @GetMapping("/api/agreements/{agreementId}/verification")
    public Verdict verify(@PathVariable String agreementId) {
        List<HistoryEntry> entries = history.recordedBy(agreementId, null);
        if (entries.isEmpty()) {
            throw new AgreementNotFoundException(agreementId);
        }
        return ChainCheck.of(agreementId, entries);
    }
}
