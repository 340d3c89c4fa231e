package org.cooperation.queryservice.history;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.cooperation.queryservice.freshness.ProjectionProgress;
import org.cooperation.queryservice.web.AgreementNotFoundException;
import org.cooperation.queryservice.web.QueryParameters;
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
    private final ProjectionProgress progress;

    public HistoryController(HistoryRepository history, ProjectionProgress progress) {
        this.history = history;
        this.progress = progress;
    }

    /**
     * Every event of an agreement, oldest first. Long histories come in pages: pass the page's
     * {@code nextAfter} as {@code after} to get the next one.
     */
    @Operation(summary = "Every event of an agreement, oldest first, with who recorded it, when and why; "
            + "pages of at most " + MAX_PAGE_SIZE)
    @GetMapping("/{agreementId}/history")
    public HistoryPage history(@PathVariable String agreementId,
                               @RequestParam(defaultValue = "-1") long after,
                               @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size,
                               @RequestParam(required = false) Long minVersion) {
        QueryParameters.atLeast(after, -1, "after");
        int limit = QueryParameters.pageSize(size, MAX_PAGE_SIZE);
        progress.awaitVersion(agreementId, minVersion);
        // One more than asked tells whether another page follows, without a count.
        List<HistoryEntry> events = history.find(agreementId, after, limit + 1);
        if (events.isEmpty() && !history.exists(agreementId)) {
            throw new AgreementNotFoundException(agreementId);
        }
        boolean more = events.size() > limit;
        List<HistoryEntry> page = more ? events.subList(0, limit) : events;
        return new HistoryPage(agreementId, page, more ? page.get(page.size() - 1).sequence() : null);
    }

    /** One page of history; {@code nextAfter} is the value of {@code after} for the next page, null at the end. */
    public record HistoryPage(String agreementId, List<HistoryEntry> events, Long nextAfter) {
    }
}
