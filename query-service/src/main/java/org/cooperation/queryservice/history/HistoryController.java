package org.cooperation.queryservice.history;

import java.util.List;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
public class HistoryController {

    static final int MAX_PAGE_SIZE = 1000;

    private final HistoryRepository history;

    public HistoryController(HistoryRepository history) {
        this.history = history;
    }

    /**
     * Every event of an agreement, oldest first. Long histories come in pages: pass the last
     * sequence you have as {@code after} to get the next page.
     */
    @GetMapping("/{agreementId}/history")
    public HistoryPage history(@PathVariable String agreementId,
                               @RequestParam(defaultValue = "-1") long after,
                               @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<HistoryEntry> events = history.find(agreementId, after, limit);
        if (events.isEmpty() && !history.exists(agreementId)) {
            throw new AgreementNotFoundException(agreementId);
        }
        Long next = events.size() == limit ? events.get(events.size() - 1).sequence() : null;
        return new HistoryPage(agreementId, events, next);
    }

    /** One page of history; {@code nextAfter} is the value of {@code after} for the next page, null at the end. */
    public record HistoryPage(String agreementId, List<HistoryEntry> events, Long nextAfter) {
    }
}
